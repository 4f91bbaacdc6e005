package org.citycoop.dispatch.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_ApproveDispatchByHead}: after the manager, the head of the organisation approves or refuses. */
@Route(value = "task/" + DispatchProcess.FORM_APPROVE_AS_HEAD + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.HEAD)
class ApproveAsHeadView extends ApproveDispatchView {

    ApproveAsHeadView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.approve.head.title", DispatchProcess.TASK_APPROVE_BY_HEAD, dispatches, subjects, currentUser);
    }
}

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

/** Task screen of {@code Task_ApproveDispatchByManager}: the manager approves travel and budget, or refuses with a reason. */
@Route(value = "task/" + DispatchProcess.FORM_APPROVE_AS_MANAGER + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class ApproveAsManagerView extends ApproveDispatchView {

    ApproveAsManagerView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.approve.manager.title", DispatchProcess.TASK_APPROVE_BY_MANAGER, dispatches, subjects, currentUser);
    }
}

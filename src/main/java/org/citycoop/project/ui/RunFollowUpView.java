package org.citycoop.project.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * Task screen of {@code Task_RunFollowUp}: the officer records what the follow-up found.
 * In project/ui, not followup/ui: it calls only the project feature's services until issue 4 builds that feature.
 */
@Route(value = "task/" + ProjectProcess.FORM_RUN_FOLLOW_UP + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class RunFollowUpView extends RecordWhatTookPlaceView {

    RunFollowUpView(ProjectService projects, ImplementationService implementation, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super(ProjectProcess.TASK_RUN_FOLLOW_UP, "follow-up", projects, implementation, subjects, currentUser);
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_ApproveOwnBudget}: the manager approves or refuses running the project on the organisation's own budget. */
@Route(value = "task/" + ProjectProcess.FORM_APPROVE_OWN_BUDGET + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class ApproveOwnBudgetView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;

    ApproveOwnBudgetView(ProjectService projects, ProjectLifecycleService lifecycle, TaskSubjectLookup subjects,
                         CurrentUser currentUser) {
        super(ProjectProcess.TASK_APPROVE_OWN_BUDGET, "own-budget.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
    }

    @Override
    void fill(ProjectTask task) {
        add(new DecisionForm<>("own-budget", List.of(true, false), "approved", "comment", task.project().code(),
                (approved, comment) -> lifecycle.approveOwnBudget(task.task().id(), approved, comment, user())));
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.ui.StudyResult;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_DecideGoNoGo}: with the study's findings in view, the manager decides go or no-go (no-go says why). */
@Route(value = "task/" + ProjectProcess.FORM_DECIDE_GO_NO_GO + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class DecideGoNoGoView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;
    private final FeasibilityService feasibility;

    DecideGoNoGoView(ProjectService projects, ProjectLifecycleService lifecycle, FeasibilityService feasibility,
                     TaskSubjectLookup subjects, CurrentUser currentUser) {
        super(ProjectProcess.TASK_DECIDE_GO_NO_GO, "go-no-go.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
        this.feasibility = feasibility;
    }

    @Override
    void fill(ProjectTask task) {
        add(StudyResult.of(this, feasibility, task.project().code(), user()));
        add(new DecisionForm<>("go-no-go", List.of(true, false), "goAhead", "comment", task.project().code(),
                (goAhead, comment) -> lifecycle.decideGoNoGo(task.task().id(), goAhead, comment, user())));
    }
}

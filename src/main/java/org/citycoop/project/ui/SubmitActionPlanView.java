package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/** Task screen of {@code Task_SubmitActionPlan}: the partner city sums up how it carries the results on. */
@Route(value = "task/" + ProjectProcess.FORM_SUBMIT_ACTION_PLAN + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class SubmitActionPlanView extends ImplementationTaskView<ProjectTask> {

    SubmitActionPlanView(ProjectService projects, ImplementationService implementation, TaskSubjectLookup subjects,
                         CurrentUser currentUser) {
        super("implementation.action-plan.title", projects, implementation, subjects, currentUser);
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_SUBMIT_ACTION_PLAN, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        TextArea summary = LongText.required(this, "implementation.action-plan.summary", "implementation.action-plan.summary.help", 4000);
        ServerProblems problems = new ServerProblems().field("summary", summary);
        Button submit = new Button(getTranslation("implementation.action-plan.submit"), click -> TaskSubmit.run(
                () -> implementation.submitActionPlan(task.task().id(), summary.getValue(), currentUser.require()),
                getTranslation("implementation.action-plan.done", task.project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()), summary, submit);
    }
}

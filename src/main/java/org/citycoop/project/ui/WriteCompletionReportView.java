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

/** Task screen of {@code Task_WriteCompletionReport}: the officer reports the outcomes and the lessons learned. */
@Route(value = "task/" + ProjectProcess.FORM_WRITE_COMPLETION_REPORT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class WriteCompletionReportView extends ImplementationTaskView<ProjectTask> {

    WriteCompletionReportView(ProjectService projects, ImplementationService implementation, TaskSubjectLookup subjects,
                              CurrentUser currentUser) {
        super("implementation.report.title", projects, implementation, subjects, currentUser);
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_WRITE_COMPLETION_REPORT, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        TextArea outcomes = LongText.required(this, "implementation.report.outcomes", "implementation.report.outcomes.help", 4000);
        TextArea lessons = LongText.required(this, "implementation.report.lessons", "implementation.report.lessons.help", 4000);
        ServerProblems problems = new ServerProblems().field("outcomes", outcomes).field("lessons", lessons);
        Button submit = new Button(getTranslation("implementation.report.submit"), click -> TaskSubmit.run(
                () -> implementation.writeCompletionReport(task.task().id(), outcomes.getValue(), lessons.getValue(),
                        currentUser.require()),
                getTranslation("implementation.report.done", task.project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()), outcomes, lessons, submit);
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskNames;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;
import org.citycoop.base.ui.ButtonRow;

/** Task screen of {@code Task_ScreenProposal}: the manager approves, returns or rejects a proposal. */
@Route(value = "task/" + ProjectProcess.FORM_SCREEN_PROPOSAL + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class ScreenProposalView extends TaskView<ProjectTask> {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ScreenProposalView(ProjectService projects, CurrentUser currentUser) {
        super("screening.title");
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_SCREEN_PROPOSAL, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        TextArea comment = new TextArea(getTranslation("screening.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("screening.comment.help"));

        Button approve = decisionButton("screening.approve", ScreeningDecision.APPROVE, task, comment);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button returnForRevision = decisionButton("screening.return", ScreeningDecision.RETURN, task, comment);
        Button reject = decisionButton("screening.reject", ScreeningDecision.REJECT, task, comment);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H2(TaskNames.of(this, task.task())), new ProjectSummary(task.project()), comment,
                ButtonRow.of(approve, returnForRevision, reject));
    }

    private Button decisionButton(String labelKey, ScreeningDecision decision, ProjectTask task, TextArea comment) {
        return new Button(getTranslation(labelKey), click -> TaskSubmit.run(
                () -> projects.screen(task.task().id(), decision, comment.getValue(), currentUser.require()),
                getTranslation("screening.done." + decision.name(), task.project().code()),
                () -> new ServerProblems().field("comment", comment)));
    }
}

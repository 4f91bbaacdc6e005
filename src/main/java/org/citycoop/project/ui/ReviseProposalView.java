package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.TaskNames;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/** Task screen of {@code Task_ReviseProposal}: the officer answers the manager's comment and resubmits. */
@Route(value = "task/" + ProjectProcess.FORM_REVISE_PROPOSAL + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ReviseProposalView extends TaskView<ProjectTask> {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ReviseProposalView(ProjectService projects, CurrentUser currentUser) {
        super("revise.title");
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_REVISE_PROPOSAL, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        add(new H2(TaskNames.of(this, task.task()) + " · " + task.project().code()));
        task.lastScreening().ifPresent(screening -> {
            Div note = new Div(new Span(getTranslation("revise.manager-comment", screening.decidedBy())),
                    new Paragraph(screening.comment()));
            note.addClassName("manager-comment");
            add(note);
        });
        ProjectForm form = new ProjectForm(projects);
        form.setProposal(task.project().toProposal());
        form.lockPartner();
        Button resubmit = new Button(getTranslation("revise.submit"));
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(click -> form.proposal().ifPresent(proposal -> TaskSubmit.run(
                () -> projects.revise(task.task().id(), proposal, currentUser.require()),
                getTranslation("revise.done", task.project().code()), form::serverProblems)));
        add(form, resubmit);
    }
}

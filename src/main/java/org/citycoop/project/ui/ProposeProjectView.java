package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.TaskScreens;

/** Start form of {@code CooperationProjectProcess} (form key {@code project/propose}). */
@Route(value = "project/propose", layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ProposeProjectView extends VerticalLayout implements HasDynamicTitle {

    ProposeProjectView(ProjectService projects, CurrentUser currentUser) {
        setMaxWidth("960px");
        ProjectForm form = new ProjectForm(projects);
        Button submit = new Button(getTranslation("project.propose.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> form.proposal().ifPresent(proposal -> {
            try {
                Project project = projects.propose(proposal, currentUser.require());
                Notification.show(getTranslation("project.propose.done", project.code()), 6000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("projects"));
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(form.serverProblems().show(refused));
            }
        }));
        add(new H2(getTranslation("project.propose.title")), new Paragraph(getTranslation("project.propose.intro")), form, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.propose.title") + " | " + getTranslation("app.name");
    }
}

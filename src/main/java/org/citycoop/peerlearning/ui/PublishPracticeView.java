package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.PracticeChange;
import org.citycoop.peerlearning.PracticeDraft;
import org.citycoop.project.Project;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.TaskScreens;

/** An officer of the lead publishes a good practice from a closed project, choosing the documents to share. */
@Route(value = PublishPracticeView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class PublishPracticeView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "practices/publish";

    private final GoodPracticeService practices;
    private final CurrentUser currentUser;
    private final Select<Project> project = new Select<>();
    private final PracticeForm form = new PracticeForm();

    PublishPracticeView(GoodPracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        List<Project> publishable = practices.publishableBy(currentUser.require());
        add(new H2(getTranslation("practice.publish.title")));
        if (publishable.isEmpty()) {
            add(new Paragraph(getTranslation("practice.publish.nothing")));
            return;
        }
        project.setLabel(getTranslation("practice.project"));
        project.setItems(publishable);
        project.setItemLabelGenerator(choice -> choice.code() + " " + choice.title());
        project.addValueChangeListener(change -> chooseProject(change.getValue()));
        form.addComponentAsFirst(project);
        form.setColspan(project, 2);
        Button publish = new Button(getTranslation("practice.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("practice.publish.intro")), form, publish);
        project.setValue(publishable.get(0));
    }

    private void chooseProject(Project chosen) {
        form.offer(chosen == null ? List.of() : practices.documentsToShare(chosen.code(), currentUser.require()));
        if (chosen != null) {
            form.suggestTitle(chosen.title());
        }
    }

    private void publish() {
        project.setInvalid(false);
        PracticeChange text = form.change();
        GoodPractice published;
        try {
            published = practices.publish(new PracticeDraft(project.getValue() == null ? null : project.getValue().code(),
                    text.title(), text.summaryEn(), text.summaryJa(), text.documentIds()), currentUser.require());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(form.problems().field("project", project).show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation("practice.published.done", published.title()));
        getUI().ifPresent(ui -> ui.navigate(PracticeView.routeOf(published.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.publish.title") + " | " + getTranslation("app.name");
    }
}

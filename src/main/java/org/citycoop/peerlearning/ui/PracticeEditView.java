package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.RouteIds;
import org.citycoop.document.DocumentRef;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.PracticeChange;
import org.citycoop.peerlearning.PracticeNotAvailableException;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * The lead's officer edits a published practice — title, summaries, shared documents, a later version
 * of a document included — or unpublishes it, which takes it out of the library (DD037).
 */
@Route(value = "practices/:" + PracticeEditView.ID + "/edit", layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class PracticeEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "practiceId";

    private final GoodPracticeService practices;
    private final CurrentUser currentUser;
    private final TextField title = new TextField();
    private final TextArea summaryEn = new TextArea();
    private final TextArea summaryJa = new TextArea();
    private final CheckboxGroup<DocumentRef> documents = new CheckboxGroup<>();
    private long practiceId;

    PracticeEditView(GoodPracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        title.setLabel(getTranslation("practice.publish.practice-title"));
        title.setMaxLength(200);
        summaryEn.setLabel(getTranslation("practice.summary.en"));
        summaryEn.setMaxLength(4000);
        summaryEn.setHelperText(getTranslation("practice.publish.summary.help"));
        summaryJa.setLabel(getTranslation("practice.summary.ja"));
        summaryJa.setMaxLength(4000);
        documents.setLabel(getTranslation("practice.publish.documents"));
        documents.setItemLabelGenerator(document -> getTranslation("practice.edit.document", document.fileName(), document.version()));
    }

    static String routeOf(long id) {
        return "practices/" + id + "/edit";
    }

    /** Another organisation's practice looks like one that does not exist, as elsewhere. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.of(event, ID);
        CityCoopUser officer = currentUser.require();
        TaskScreens.load(event, () -> {
            if (!practices.mayEdit(practiceId, officer)) {
                throw new PracticeNotAvailableException(practiceId);
            }
            return practices.require(practiceId, officer);
        }).ifPresent(this::show);
    }

    private void show(GoodPractice practice) {
        removeAll();
        title.setValue(practice.title());
        summaryEn.setValue(Objects.toString(practice.summaryEn(), ""));
        summaryJa.setValue(Objects.toString(practice.summaryJa(), ""));
        List<DocumentRef> choices = practices.documentsToShare(practice.id(), currentUser.require());
        documents.setItems(choices);
        documents.setValue(choices.stream().filter(choice -> practice.documents().stream().anyMatch(shared -> shared.id() == choice.id()))
                .collect(Collectors.toSet()));
        FormLayout form = new FormLayout(title, summaryEn, summaryJa, documents);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(title, 2);
        form.setColspan(documents, 2);
        Button save = new Button(getTranslation("practice.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unpublish = new Button(getTranslation("practice.unpublish"), click -> unpublish());
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("practice.edit.title")), new Paragraph(getTranslation("practice.edit.intro", practice.projectCode())),
                form, save, new H3(getTranslation("practice.unpublish.title")), new Paragraph(getTranslation("practice.unpublish.intro")),
                unpublish);
    }

    private void save() {
        List.<HasValidation>of(title, summaryEn, summaryJa, documents).forEach(field -> field.setInvalid(false));
        GoodPractice saved;
        try {
            saved = practices.edit(practiceId, new PracticeChange(title.getValue(), summaryEn.getValue(), summaryJa.getValue(),
                    documents.getValue().stream().map(DocumentRef::id).toList()), currentUser.require());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("title", title).field("summaryEn", summaryEn).field("summaryJa", summaryJa)
                    .field("documents", documents).show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation("practice.edit.saved", saved.title()));
        getUI().ifPresent(ui -> ui.navigate(PracticeView.routeOf(saved.id())));
    }

    private void unpublish() {
        practices.unpublish(practiceId, currentUser.require());
        TaskScreens.confirm(getTranslation("practice.unpublished", title.getValue()));
        getUI().ifPresent(ui -> ui.navigate(PracticesView.ROUTE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.edit.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.RouteIds;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.PracticeNotAvailableException;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
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
    private final PracticeForm form = new PracticeForm();
    private long practiceId;

    PracticeEditView(GoodPracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("960px");
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
        form.show(practice, practices.documentsToShare(practice.id(), currentUser.require()));
        Button save = new Button(getTranslation("practice.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unpublish = new Button(getTranslation("practice.unpublish"), click -> unpublish());
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("practice.edit.title")), new Paragraph(getTranslation("practice.edit.intro", practice.projectCode())),
                form, save, new H3(getTranslation("practice.unpublish.title")), new Paragraph(getTranslation("practice.unpublish.intro")),
                unpublish);
    }

    private void save() {
        GoodPractice saved;
        try {
            saved = practices.edit(practiceId, form.change(), currentUser.require());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(form.problems().show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation("practice.edit.saved", saved.title()));
        getUI().ifPresent(ui -> ui.navigate(PracticeView.routeOf(saved.id())));
    }

    private void unpublish() {
        practices.unpublish(practiceId, currentUser.require());
        TaskScreens.confirm(getTranslation("practice.unpublished", form.title()));
        getUI().ifPresent(ui -> ui.navigate(PracticesView.ROUTE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.edit.title") + " | " + getTranslation("app.name");
    }
}

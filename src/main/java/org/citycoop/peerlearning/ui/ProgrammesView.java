package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.peerlearning.Programme;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;

/** The programmes, each with its funding agency, common indicators and cities, leading to its comparison page. */
@Route(value = ProgrammesView.ROUTE, layout = MainLayout.class)
@PermitAll
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "programmes";

    ProgrammesView(ProgrammeService programmes, CurrentUser currentUser) {
        setMaxWidth("960px");
        add(new H2(getTranslation("programme.title")), new Paragraph(getTranslation("programme.intro")));
        boolean administrator = programmes.mayRecord(currentUser.require());
        if (administrator) {
            add(new Paragraph(new Anchor(ProgrammeEditView.ROUTE, getTranslation("programme.form.new-title"))));
        }
        List<Programme> all = programmes.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("programme.none")));
        }
        all.forEach(programme -> add(FactCards.section("programme-card", Formats.name(programme.name()),
                FactCards.fact(getTranslation("programme.agency"), programme.fundingAgency() == null ? "—"
                        : Formats.name(programme.fundingAgency())),
                FactCards.fact(getTranslation("programme.cities"), String.join(", ", programme.cities().stream()
                        .map(city -> Formats.name(city.city())).distinct().toList())),
                FactCards.wide(FactCards.fact(getTranslation("programme.indicators"), String.join(", ",
                        programme.indicators().stream().map(indicator -> Formats.name(indicator.name())).toList()))),
                links(programme, administrator))));
    }

    private Paragraph links(Programme programme, boolean administrator) {
        Paragraph links = new Paragraph(new Anchor(ProgrammeView.routeOf(programme.code()), getTranslation("programme.open")));
        if (administrator) {
            Anchor edit = new Anchor(ProgrammeEditView.routeOf(programme.code()), getTranslation("programme.form.edit"));
            edit.getStyle().set("margin-inline-start", "var(--lumo-space-l)");
            links.add(edit);
        }
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.peerlearning.CityFigures;
import org.citycoop.peerlearning.IndicatorComparison;
import org.citycoop.peerlearning.Programme;
import org.citycoop.peerlearning.ProgrammeNotAvailableException;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * A programme's page: what it publishes, and for its members and administrators the cities compared on
 * each common indicator, best first. Another member's project is named only where the viewer takes part in it (DD034).
 */
@Route(value = "programmes/:" + ProgrammeView.CODE, layout = MainLayout.class)
@PermitAll
class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private String title = "";

    ProgrammeView(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
        setMaxWidth("1100px");
    }

    static String routeOf(String code) {
        return "programmes/" + code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        TaskScreens.load(event, () -> programmes.find(code).orElseThrow(() -> new ProgrammeNotAvailableException(code)))
                .ifPresent(this::show);
    }

    private void show(Programme programme) {
        removeAll();
        CityCoopUser user = currentUser.require();
        title = Formats.name(programme.name());
        add(new H2(Formats.nameWithOther(programme.name())));
        if (programmes.mayRecord(user)) {
            add(new Paragraph(new Anchor(ProgrammeEditView.routeOf(programme.code()), getTranslation("programme.form.edit"))));
        }
        add(FactCards.card(getTranslation("programme.about"),
                FactCards.fact(getTranslation("programme.agency"), programme.fundingAgency() == null ? "—"
                        : Formats.name(programme.fundingAgency())),
                FactCards.wide(FactCards.fact(getTranslation("programme.cities"), String.join("\n", programme.cities().stream()
                        .map(city -> getTranslation("programme.city-with", Formats.name(city.city()), Formats.name(city.country()),
                                Formats.name(city.lead()))).toList()))),
                FactCards.wide(FactCards.fact(getTranslation("programme.description"), programme.description()))));
        if (!programmes.maySeeFigures(programme.code(), user)) {
            add(FactCards.note(getTranslation("programme.figures.members-only.title"), getTranslation("programme.figures.members-only")));
            return;
        }
        add(new Paragraph(getTranslation("programme.figures.intro")));
        programmes.compare(programme.code(), user).indicators().forEach(indicator -> add(comparison(indicator)));
    }

    private Div comparison(IndicatorComparison comparison) {
        Grid<CityFigures> grid = new Grid<>();
        grid.addColumn(city -> Formats.name(city.city()) + ", " + Formats.name(city.country()))
                .setHeader(getTranslation("programme.figures.city")).setFlexGrow(2);
        Grid.Column<CityFigures> project = grid.addColumn(city -> city.projectCode() == null ? getTranslation("programme.figures.project-hidden")
                        : city.projectCode() + " " + city.projectTitle())
                .setHeader(getTranslation("programme.figures.project")).setFlexGrow(2);
        String unit = comparison.indicator().unit();
        Grid.Column<CityFigures> baseline = grid.addColumn(city -> Figures.value(city.figures().baseline(), unit)).setHeader(getTranslation("programme.figures.baseline"))
                .setAutoWidth(true);
        Grid.Column<CityFigures> target = grid.addColumn(city -> Figures.value(city.figures().target(), unit)).setHeader(getTranslation("programme.figures.target"))
                .setAutoWidth(true);
        grid.addColumn(city -> Figures.latest(this, city.figures())).setHeader(getTranslation("programme.figures.latest"))
                .setFlexGrow(1);
        grid.addColumn(city -> Figures.standing(this, city.figures())).setHeader(getTranslation("programme.figures.standing"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        NarrowScreens.hideOnPhones(grid, List.of(project, baseline, target));
        grid.getStyle().set("grid-column", "1 / -1");
        grid.setItems(comparison.cities());
        String heading = Formats.name(comparison.indicator().name()) + " (" + unit + ") · "
                + getTranslation("indicator.direction." + comparison.indicator().direction().name());
        return comparison.cities().isEmpty()
                ? FactCards.section("programme-indicator", heading, new Paragraph(getTranslation("programme.figures.none")))
                : FactCards.section("programme-indicator", heading, grid);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.FiscalYearFormat;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;

/**
 * The manager's dashboard: the figures of their organisation's projects (an administrator's: of all
 * projects) that start in a range of fiscal years, each panel as a chart, a table and a CSV file.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final DashboardService dashboards;
    private final CityCoopUser user;
    private final DashboardFigures figures = new DashboardFigures(this);
    private final IntegerField fromJfy = yearField("dashboard.from-jfy");
    private final IntegerField toJfy = yearField("dashboard.to-jfy");
    private final Div panels = new Div();

    DashboardView(DashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.user = currentUser.require();
        addClassName("dashboard");
        JfyRange range = dashboards.defaultRange();
        fromJfy.setValue(range.fromJfy());
        toJfy.setValue(range.toJfy());
        fromJfy.addValueChangeListener(change -> show());
        toJfy.addValueChangeListener(change -> show());

        Paragraph scope = new Paragraph(user.hasRole(Roles.ADMIN) ? getTranslation("dashboard.scope.all")
                : getTranslation("dashboard.scope.organisation", user.organisationName().in(getLocale())));
        scope.addClassName("dashboard-scope");
        HorizontalLayout rangeBar = new HorizontalLayout(fromJfy, toJfy);
        rangeBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        rangeBar.addClassName("dashboard-range");
        panels.addClassName("report-panels");
        // where the projects stand now, whatever the range: drawn once, not again with every range
        add(new H2(getTranslation("dashboard.title")), scope, rangeBar, new ProcessDiagramPanel(dashboards, user), panels);
        show();
    }

    /**
     * Redraws every panel for the range in the fields, or says on the field what is wrong with it
     * (and shows no figures, which would belong to another range).
     */
    private void show() {
        panels.removeAll();
        fromJfy.setInvalid(false);
        toJfy.setInvalid(false);
        fromJfy.setHelperText(null);
        toJfy.setHelperText(null);
        JfyRange range;
        try {
            range = JfyRange.of(fromJfy.getValue(), toJfy.getValue());
        } catch (InvalidInputException refused) {
            InvalidInputException.FieldProblem problem = refused.problems().get(0);
            IntegerField field = "fromJfy".equals(problem.field()) ? fromJfy : toJfy;
            field.setErrorMessage(getTranslation("dashboard.range.invalid." + problem.field()));
            field.setInvalid(true);
            return;
        }
        // the year as the user's documents write it: 令和6年度（2024年度）
        fromJfy.setHelperText(FiscalYearFormat.of(range.fromJfy(), getLocale()));
        toJfy.setHelperText(FiscalYearFormat.of(range.toJfy(), getLocale()));
        ReportPanel regions = new ReportPanel("projects-by-region", getTranslation("dashboard.panel.regions"),
                figures.regionsByYear(dashboards.projectsByRegion(range, user)));
        ReportPanel funding = new ReportPanel("funding-pipeline", getTranslation("dashboard.panel.funding"),
                figures.fundingPipeline(dashboards.fundingPipeline(range, user)));
        // seven regions and the totals, three yen amounts a row: these tables need the whole width of a
        // laptop; the half-width panels between and after them pair up
        regions.addClassName("report-panel-wide");
        funding.addClassName("report-panel-wide");
        panels.add(regions,
                new ReportPanel("projects-by-lead", getTranslation("dashboard.panel.leads"),
                        figures.leadOrganisations(dashboards.projectsByLeadOrganisation(range, user))),
                new ReportPanel("projects-by-theme", getTranslation("dashboard.panel.themes"),
                        figures.themeCounts(dashboards.projectsByTheme(range, user), "dashboard.column.theme",
                                "dashboard.column.projects", "dashboard.themes.summary")),
                funding,
                new ReportPanel("trainees-by-country", getTranslation("dashboard.panel.trainees"),
                        figures.counts(dashboards.traineesByCountry(range, user), "dashboard.column.country",
                                "dashboard.column.trainees", "dashboard.trainees.summary")),
                new ReportPanel("dispatches-by-country", getTranslation("dashboard.panel.dispatches"),
                        figures.counts(dashboards.dispatchesByCountry(range, user), "dashboard.column.country",
                                "dashboard.column.dispatches", "dashboard.dispatches.summary")),
                new ReportPanel("cycle-time", getTranslation("dashboard.panel.cycle-time"),
                        figures.cycleTimes(dashboards.cycleTimeByPhase(range, user))),
                new ReportPanel("follow-up-on-time", getTranslation("dashboard.panel.follow-up"),
                        figures.followUpPunctuality(dashboards.followUpPunctuality(range, user))));
    }

    private IntegerField yearField(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setStepButtonsVisible(true);
        field.setWidth("10em");
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}

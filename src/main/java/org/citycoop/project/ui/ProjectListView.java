package org.citycoop.project.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.ui.FiscalYearFormat;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;

/**
 * The projects the user's organisation takes part in, filtered and paged on the server; the
 * filter lives in the address bar, and the CSV export takes the same filter.
 */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProjectService projects;
    private final CityCoopUser user;
    private final ProjectFilterBar filters;
    private final Grid<Project> grid = new Grid<>();
    private final Span count = new Span();
    private final Anchor export = new Anchor();
    private ProjectFilter filter = ProjectFilter.any();

    ProjectListView(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.user = currentUser.require();
        setSizeFull();
        filters = new ProjectFilterBar(projects, user, this::filterBy);
        filters.setWidthFull();
        configureGrid();
        count.addClassName("project-count");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("project-list.export")));
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        export.addClassName("project-export");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("projects.title")), count, export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        heading.setWrap(true);
        heading.expand(count);
        add(heading, filters, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Project::code).setHeader(getTranslation("project.field.code")).setAutoWidth(true).setFlexGrow(0);
        // the status before the title, which wraps: both stay in view on a phone, where a title
        // in front pushed the status off the screen
        grid.addColumn(project -> getTranslation("project.status." + project.status().name()))
                .setHeader(getTranslation("project.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Project::title).setHeader(getTranslation("project.field.title")).setWidth("10em").setFlexGrow(1);
        Grid.Column<Project> lead = grid.addColumn(project -> project.leadName().in(getLocale())).setHeader(getTranslation("project.field.lead"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> partner = grid.addColumn(project -> project.partnerName().in(getLocale())).setHeader(getTranslation("project.field.partner"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> region = grid.addColumn(project -> getTranslation("region." + project.region()))
                .setHeader(getTranslation("project.field.region")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> theme = grid.addColumn(Project::themeName).setHeader(getTranslation("project.field.theme"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> year = grid.addColumn(project -> FiscalYearFormat.of(FiscalYear.of(project.plannedStart()), getLocale()))
                .setHeader(getTranslation("project-list.filter.fiscal-year")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> budget = grid.addColumn(project -> Formats.yen(project.budgetJpy()))
                .setHeader(getTranslation("project.field.budget")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.hideOnPhones(this, List.of(lead, partner, region, theme, year, budget));
        grid.setEmptyStateText(getTranslation("project-list.empty"));
        grid.setItems(query -> projects.search(filter, user, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, projects.count(filter, user)));
        grid.addItemClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ProjectView.routeOf(click.getItem().code()))));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ProjectFilterParameters.read(event.getLocation().getQueryParameters());
        filters.show(filter);
        refresh();
    }

    private void filterBy(ProjectFilter changed) {
        filter = changed;
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("projects", ProjectFilterParameters.write(filter))));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("project-list.count", String.valueOf(projects.count(filter, user))));
        export.setHref(ProjectFilterParameters.csvLink(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;

/** The projects the user's organisation takes part in. */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    ProjectListView(ProjectService projects, CurrentUser currentUser) {
        setSizeFull();
        Grid<Project> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Project::code).setHeader(getTranslation("project.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Project::title).setHeader(getTranslation("project.field.title")).setWidth("16em").setFlexGrow(1);
        Grid.Column<Project> lead = grid.addColumn(Project::leadName).setHeader(getTranslation("project.field.lead"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> partner = grid.addColumn(Project::partnerName).setHeader(getTranslation("project.field.partner"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> theme = grid.addColumn(Project::themeName).setHeader(getTranslation("project.field.theme"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Project> budget = grid.addColumn(project -> Formats.yen(project.budgetJpy()))
                .setHeader(getTranslation("project.field.budget")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(project -> getTranslation("project.status." + project.status().name()))
                .setHeader(getTranslation("project.field.status")).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.hideOnPhones(this, List.of(lead, partner, theme, budget));
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.setItems(projects.visibleTo(currentUser.require()));
        grid.addItemClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ProjectView.routeOf(click.getItem().code()))));
        grid.setSizeFull();
        add(new H2(getTranslation("projects.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " | " + getTranslation("app.name");
    }
}

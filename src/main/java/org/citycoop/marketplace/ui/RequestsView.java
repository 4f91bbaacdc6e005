package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.project.ReferenceKeys;

/** Cooperation requests the user may see, searched by theme and country; requesters submit new ones here. */
@Route(value = RequestsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN})
class RequestsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "marketplace/requests";

    private final CooperationRequestService requests;
    private final CurrentUser currentUser;
    private final Grid<CooperationRequest> grid = new Grid<>();
    private final ThemeAndCountryFilter filters;

    RequestsView(CooperationRequestService requests, CountryFrameworkService frameworks, ProjectService projects, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
        filters = new ThemeAndCountryFilter(projects, frameworks, "marketplace.field.countryIso2", this::refresh);

        grid.addColumn(CooperationRequest::title).setHeader(getTranslation("marketplace.field.title")).setFlexGrow(3);
        grid.addColumn(request -> Formats.name(request.requesterName())).setHeader(getTranslation("marketplace.column.requester")).setFlexGrow(2);
        grid.addColumn(request -> Formats.name(request.city()) + ", " + Formats.name(request.countryName()))
                .setHeader(getTranslation("marketplace.field.city")).setFlexGrow(2);
        grid.addColumn(request -> getTranslation(ReferenceKeys.THEME + request.themeCode())).setHeader(getTranslation("marketplace.field.themeCode")).setFlexGrow(2);
        grid.addColumn(request -> getTranslation("marketplace.status." + request.status().name()))
                .setHeader(getTranslation("marketplace.field.status")).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestView.ROUTE_PREFIX + click.getItem().id())));
        grid.setEmptyStateText(getTranslation("marketplace.requests.none"));

        add(new H2(getTranslation("marketplace.requests.title")), new Paragraph(getTranslation("marketplace.requests.intro")));
        if (requests.maySubmit(currentUser.require())) {
            Button submit = new Button(getTranslation("marketplace.requests.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate(SubmitRequestView.ROUTE)));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(requests.search(filters.themeCode(), filters.countryCode(), currentUser.require()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.requests.title") + " | " + getTranslation("app.name");
    }
}

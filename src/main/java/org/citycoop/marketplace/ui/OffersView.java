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
import org.citycoop.marketplace.CooperationOffer;
import org.citycoop.marketplace.CooperationOfferService;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.project.ReferenceKeys;

/** Offers of expertise and technology, searched by theme and country of experience; offering officers add theirs. */
@Route(value = OffersView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN})
class OffersView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "marketplace/offers";

    private final CooperationOfferService offers;
    private final CurrentUser currentUser;
    private final Grid<CooperationOffer> grid = new Grid<>();
    private final ThemeAndCountryFilter filters;

    OffersView(CooperationOfferService offers, CountryFrameworkService frameworks, ProjectService projects, CurrentUser currentUser) {
        this.offers = offers;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
        filters = new ThemeAndCountryFilter(projects, frameworks, "marketplace.field.experienceCountries", this::refresh);

        grid.addColumn(CooperationOffer::title).setHeader(getTranslation("marketplace.field.title")).setFlexGrow(3);
        grid.addColumn(offer -> Formats.name(offer.organisationName())).setHeader(getTranslation("marketplace.column.organisation"))
                .setFlexGrow(2);
        grid.addColumn(offer -> getTranslation(ReferenceKeys.THEME + offer.themeCode())).setHeader(getTranslation("marketplace.field.themeCode")).setFlexGrow(2);
        grid.addColumn(offer -> String.join(", ", offer.keywords())).setHeader(getTranslation("marketplace.field.keywords")).setFlexGrow(3);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferView.ROUTE_PREFIX + click.getItem().id())));
        grid.setEmptyStateText(getTranslation("marketplace.offers.none"));

        add(new H2(getTranslation("marketplace.offers.title")), new Paragraph(getTranslation("marketplace.offers.intro")));
        if (offers.mayRegister(currentUser.require())) {
            Button register = new Button(getTranslation("marketplace.offers.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate(OfferView.ROUTE_PREFIX + OfferView.NEW)));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(register);
        }
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(offers.search(filters.themeCode(), filters.countryCode(), currentUser.require()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.offers.title") + " | " + getTranslation("app.name");
    }
}

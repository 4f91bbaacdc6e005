package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/** The marketplace's requests and offers in the main menu, for the roles that use them. */
@Component
class MarketplaceMenuEntry implements MainMenuEntry {

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        if (!(user.hasRole(Roles.OFFICER) || user.hasRole(Roles.MANAGER) || user.hasRole(Roles.PARTNER) || user.hasRole(Roles.ADMIN))) {
            return List.of();
        }
        SideNavItem requests = new SideNavItem("", RequestsView.ROUTE, VaadinIcon.HANDSHAKE.create());
        requests.setLabel(requests.getTranslation("nav.marketplace.requests"));
        SideNavItem offers = new SideNavItem("", OffersView.ROUTE, VaadinIcon.LIGHTBULB.create());
        offers.setLabel(offers.getTranslation("nav.marketplace.offers"));
        return List.of(requests, offers);
    }
}

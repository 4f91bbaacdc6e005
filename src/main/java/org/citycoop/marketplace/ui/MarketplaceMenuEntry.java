package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/** "Marketplace" in the main menu, with its requests and offers, for the roles that use them. */
@Component
class MarketplaceMenuEntry implements MainMenuEntry {

    @Override
    public Optional<SideNavItem> of(CityCoopUser user) {
        if (!(user.hasRole(Roles.OFFICER) || user.hasRole(Roles.MANAGER) || user.hasRole(Roles.PARTNER) || user.hasRole(Roles.ADMIN))) {
            return Optional.empty();
        }
        SideNavItem marketplace = new SideNavItem("", RequestsView.ROUTE, VaadinIcon.HANDSHAKE.create());
        marketplace.setLabel(marketplace.getTranslation("nav.marketplace"));
        SideNavItem requests = new SideNavItem(marketplace.getTranslation("nav.marketplace.requests"), RequestsView.ROUTE);
        SideNavItem offers = new SideNavItem(marketplace.getTranslation("nav.marketplace.offers"), OffersView.ROUTE);
        marketplace.addItem(requests, offers);
        marketplace.setExpanded(true);
        return Optional.of(marketplace);
    }
}

package org.citycoop.notification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/** "E-mail outbox" in the administrators' menu. */
@Component
class MailOutboxMenuEntry implements MainMenuEntry {

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            return List.of();
        }
        SideNavItem item = new SideNavItem("", MailOutboxView.ROUTE, VaadinIcon.ENVELOPES.create());
        item.setLabel(item.getTranslation("nav.mail-outbox"));
        return List.of(item);
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/** "Absence and substitute" in the main menu, for everyone who has tasks (an administrator has none). */
@Component
class AbsenceMenuEntry implements MainMenuEntry {

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        if (user.roles().stream().allMatch(Roles.ADMIN::equals)) {
            return List.of();
        }
        SideNavItem item = new SideNavItem("", AbsenceView.ROUTE, VaadinIcon.CALENDAR_USER.create());
        item.setLabel(item.getTranslation("nav.absence"));
        return List.of(item);
    }
}

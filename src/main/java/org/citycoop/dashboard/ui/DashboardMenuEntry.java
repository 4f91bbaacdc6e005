package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/** "Dashboard" in the main menu, for managers and administrators only (the route and the service check again). */
@Component
class DashboardMenuEntry implements MainMenuEntry {

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        if (!DashboardService.mayView(user)) {
            return List.of();
        }
        SideNavItem item = new SideNavItem("", "dashboard", VaadinIcon.BAR_CHART.create());
        item.setLabel(item.getTranslation("nav.dashboard"));
        return List.of(item);
    }
}

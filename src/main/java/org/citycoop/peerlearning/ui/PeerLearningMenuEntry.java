package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/** "Peer learning" in the main menu, for everyone: dialogues, programmes and the good-practice library. */
@Component
class PeerLearningMenuEntry implements MainMenuEntry {

    @Override
    public Optional<SideNavItem> of(CityCoopUser user) {
        SideNavItem item = new SideNavItem("", PracticesView.ROUTE, VaadinIcon.ACADEMY_CAP.create());
        item.setLabel(item.getTranslation("nav.peer-learning"));
        item.addItem(new SideNavItem(item.getTranslation("nav.practices"), PracticesView.ROUTE, VaadinIcon.BOOK.create()));
        item.addItem(new SideNavItem(item.getTranslation("nav.programmes"), ProgrammesView.ROUTE, VaadinIcon.CHART_GRID.create()));
        item.addItem(new SideNavItem(item.getTranslation("nav.dialogues"), DialoguesView.ROUTE, VaadinIcon.CHAT.create()));
        item.setExpanded(true);
        return Optional.of(item);
    }
}

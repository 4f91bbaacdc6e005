package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/** "Peer learning" in the main menu, for everyone: dialogues, programmes and the good-practice library. */
@Component
class PeerLearningMenuEntry implements MainMenuEntry {

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        SideNavItem practices = new SideNavItem("", PracticesView.ROUTE, VaadinIcon.BOOK.create());
        practices.setLabel(practices.getTranslation("nav.practices"));
        SideNavItem programmes = new SideNavItem("", ProgrammesView.ROUTE, VaadinIcon.CHART_GRID.create());
        programmes.setLabel(programmes.getTranslation("nav.programmes"));
        SideNavItem dialogues = new SideNavItem("", DialoguesView.ROUTE, VaadinIcon.CHAT.create());
        dialogues.setLabel(dialogues.getTranslation("nav.dialogues"));
        return List.of(practices, programmes, dialogues);
    }
}

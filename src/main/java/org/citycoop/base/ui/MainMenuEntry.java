package org.citycoop.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.security.CityCoopUser;

/**
 * A main-menu entry that a feature adds (e.g. the mentions, with the user's unread count), so that
 * the layout need not know the features. A Spring bean; asked again after every navigation, so a
 * count it shows stays current.
 */
public interface MainMenuEntry {

    /**
     * The entries for this user, none when they are not for them; placed after the project list. Flat
     * entries, not one with children: Vaadin 24.9's side-nav toggle button names a label it does not
     * render (axe-core aria-valid-attr-value, critical; DD031).
     */
    List<SideNavItem> of(CityCoopUser user);
}

package org.citycoop.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import org.citycoop.security.CityCoopUser;

/**
 * A main-menu entry that a feature adds (e.g. the mentions, with the user's unread count), so that
 * the layout need not know the features. A Spring bean; asked again after every navigation, so a
 * count it shows stays current.
 */
public interface MainMenuEntry {

    /** The entry for this user, or empty when it is not for them; placed after the project list. */
    Optional<SideNavItem> of(CityCoopUser user);
}

package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.security.CityCoopUser;

/**
 * Something a feature shows in the header beside the signed-in user (e.g. the notifications' bell),
 * so that the layout need not know the features. A Spring bean; asked again after every navigation,
 * so a count it shows stays current.
 */
public interface HeaderEntry {

    /** The header item for this user, or empty when it is not for them. */
    Optional<Component> of(CityCoopUser user);
}

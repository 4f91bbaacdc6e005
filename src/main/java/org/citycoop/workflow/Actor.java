package org.citycoop.workflow;

import java.util.Set;
import org.citycoop.security.CityCoopUser;

/**
 * Who acts on the engine: a user id and the engine groups {@code <organisation code>:<role>}
 * that scope which tasks the user sees and may complete.
 */
public record Actor(String userId, Set<String> groups) {

    public Actor {
        groups = Set.copyOf(groups);
    }

    public static Actor of(CityCoopUser user) {
        return new Actor(user.getUsername(), user.engineGroups());
    }
}

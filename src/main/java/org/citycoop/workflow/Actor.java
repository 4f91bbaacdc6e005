package org.citycoop.workflow;

import java.util.Set;
import java.util.stream.Collectors;
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

    /** The organisation of the actor: the prefix of its engine groups ({@code <organisation>:<role>}). */
    public String organisationCode() {
        return groups.stream().findFirst().map(group -> group.substring(0, group.indexOf(':'))).orElse(null);
    }

    /** The roles of the actor in their organisation: the suffixes of its engine groups. */
    public Set<String> roles() {
        return groups.stream().map(group -> group.substring(group.indexOf(':') + 1)).collect(Collectors.toSet());
    }

    public boolean hasRole(String role) {
        return groups.stream().anyMatch(group -> group.endsWith(":" + role));
    }
}

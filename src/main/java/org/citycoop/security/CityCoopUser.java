package org.citycoop.security;

import org.citycoop.name.Name;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person: one organisation, one or more roles. */
public class CityCoopUser extends User {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Name displayName;
    private final String organisationCode;
    private final Name organisationName;

    public CityCoopUser(String username, String passwordHash, boolean enabled, Name displayName,
                        String organisationCode, Name organisationName,
                        Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.organisationCode = organisationCode;
        this.organisationName = organisationName;
    }

    public Name displayName() {
        return displayName;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public Name organisationName() {
        return organisationName;
    }

    public Set<String> roles() {
        return getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The engine groups of this user, one per role (see {@link #engineGroup}). */
    public Set<String> engineGroups() {
        return roles().stream().map(role -> engineGroup(organisationCode, role)).collect(Collectors.toUnmodifiableSet());
    }

    /** The engine group of a role within an organisation: {@code <organisation code>:<role>}. */
    public static String engineGroup(String organisationCode, String role) {
        return organisationCode + ":" + role;
    }
}

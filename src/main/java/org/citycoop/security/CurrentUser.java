package org.citycoop.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and screens alike. */
@Component
public class CurrentUser {

    public Optional<CityCoopUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CityCoopUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public CityCoopUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in CityCoop user"));
    }
}

package org.citycoop;

import org.citycoop.security.CityCoopUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo users, loaded as the application signs them in. */
@Component
public class TestUsers {

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public CityCoopUser get(String username) {
        return (CityCoopUser) users.loadUserByUsername(username);
    }
}

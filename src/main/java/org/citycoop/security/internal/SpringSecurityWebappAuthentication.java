package org.citycoop.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.citycoop.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit, Tasklist and the engine's REST API trust the CityCoop sign-in instead of a login and setup page of their
 * own. Only admins get this far ({@link SecurityConfiguration}); the webapps insist on a user in
 * the engine's identity store, so an admin gets one on first visit, with an unusable random
 * password: CityCoop's tables stay the only place where people sign in.
 * Instantiated by Camunda's filter from its class name.
 */
public class SpringSecurityWebappAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN))) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        ensureEngineAdmin(engine.getIdentityService(), userId);
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        return result;
    }

    private static void ensureEngineAdmin(IdentityService identity, String userId) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            // random, and of every character class, as the engine's password policy asks (enablePasswordPolicy)
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }
}

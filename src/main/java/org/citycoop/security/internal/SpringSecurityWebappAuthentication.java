package org.citycoop.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit and Tasklist trust the CityCoop sign-in (only admins get that far, see
 * {@link SecurityConfiguration}) instead of keeping a second user store and a setup page.
 * Instantiated by Camunda's filter from its class name.
 */
public class SpringSecurityWebappAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(authentication.getName());
    }
}

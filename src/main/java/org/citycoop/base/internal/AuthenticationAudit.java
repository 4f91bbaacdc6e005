package org.citycoop.base.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.citycoop.base.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every sign-in attempt (the login form and HTTP Basic alike), sign-out and refused request, from
 * Spring Security's own events, into the security log. A throttled attempt arrives as a "locked"
 * failure ({@code LoginThrottleFilter}).
 */
@Component
class AuthenticationAudit {

    private final SecurityLog log;

    AuthenticationAudit(SecurityLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        log.recordAttempt(event.getAuthentication().getName(), "LOGIN_SUCCEEDED", requestLine());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_THROTTLED" : "LOGIN_FAILED";
        log.recordAttempt(event.getAuthentication().getName(), action,
                requestLine() + ": " + event.getException().getMessage());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        log.recordAttempt(event.getAuthentication().getName(), "LOGOUT", requestLine());
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        log.recordRefusal(requestLine());
    }

    private static String requestLine() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance)
                .map(attributes -> ((ServletRequestAttributes) attributes).getRequest())
                .map(AuthenticationAudit::line)
                .orElse("-");
    }

    private static String line(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}

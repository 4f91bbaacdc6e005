package org.citycoop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.citycoop.security.LoginThrottle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks the {@link LoginThrottle} before a sign-in attempt (the login form's POST, or a request with
 * HTTP Basic credentials) reaches the password check. A refused attempt is logged as a "locked"
 * failure and answered at once by {@link Refusal}: 429 with Retry-After for HTTP Basic, back to
 * the login page with the wait for the form. Not a bean: Spring Boot would register it for every request.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Refusal refusal;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, ApplicationEventPublisher events, Refusal refusal) {
        this.throttle = throttle;
        this.events = events;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.waitBefore(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username.get(), null);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        events.publishEvent(new AuthenticationFailureLockedEvent(attempt,
                new LockedException("too many failed sign-ins; may try again in " + seconds + " s")));
        refusal.refuse(request, response, seconds);
    }

    private Optional<String> attemptedUsername(HttpServletRequest request) {
        if (LOGIN_FORM.matches(request)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(basic.convert(request)).map(UsernamePasswordAuthenticationToken::getName);
        } catch (RuntimeException malformed) {
            // a malformed header is the Basic filter's to refuse
            return Optional.empty();
        }
    }

    /** How a chain answers a throttled attempt. */
    @FunctionalInterface
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException;
    }
}

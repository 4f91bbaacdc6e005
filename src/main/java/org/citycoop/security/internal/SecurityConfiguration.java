package org.citycoop.security.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.citycoop.security.ApiRefusalWording;
import org.citycoop.security.LoginThrottle;
import org.citycoop.security.Roles;
import org.citycoop.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Four filter chains: the engine's REST API (admins, HTTP Basic, no session), Camunda's
 * Cockpit and Tasklist (admins, signed in through CityCoop), CityCoop's REST API under /api
 * (HTTP Basic, no session of its own; see {@link #apiChain}), and CityCoop's own Vaadin UI.
 * Camunda paths need {@code PathPatternRequestMatcher} (plain string matchers gave 401 on
 * Jersey paths) and no Spring CSRF: the webapps bring their own.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String LOGIN_PATH = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final ApiSecurityProblems apiProblems;

    SecurityConfiguration(LoginThrottle throttle, ApplicationEventPublisher events, ApiRefusalWording apiWording) {
        this.throttle = throttle;
        this.events = events;
        this.apiProblems = new ApiSecurityProblems(apiWording);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .addFilterBefore(new LoginThrottleFilter(throttle, events, SecurityConfiguration::tooManyAttempts),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicChallenge))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(SecurityConfiguration::basicChallenge)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                // stateless: a browser session must never authorise engine calls (no CSRF surface)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        // users live in CityCoop's tables: the webapps' first-admin setup stays closed
                        .requestMatchers(withDefaults().matcher("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * {@code /api/**}: HTTP Basic over the same accounts, never creating a session. A browser's
     * signed-in session is honoured too (the project list downloads {@code /api/projects.csv}),
     * so a state-changing call that rides on a session cookie needs the CSRF token; a call with
     * an Authorization header, or without a session, cannot be forged cross-site and needs none.
     * Errors are problem details (RFC 9457), never a redirect to the login page.
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/api/**"))
                .addFilterBefore(new LoginThrottleFilter(throttle, events, apiProblems::tooManyAttempts),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(withDefaults().matcher("/api/openapi.json"), withDefaults().matcher("/api/openapi.json/**"))
                        .permitAll()
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/*/import")).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiProblems::unauthorized))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(apiProblems::unauthorized)
                        .accessDeniedHandler(apiProblems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changesStateOnASession))
                .build();
    }

    private static boolean changesStateOnASession(HttpServletRequest request) {
        boolean safe = Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
        return !safe && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null;
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // CVE-2026-2742 (Vaadin 24.0-24.9.7): "/VAADIN" without the slash could bypass Spring Security
                .requestMatchers(withDefaults().matcher("/VAADIN")).denyAll());
        http.addFilterBefore(new LoginThrottleFilter(throttle, events, SecurityConfiguration::backToLoginWithWait),
                UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Status only: a sendError would be re-dispatched to /error and answered by the UI chain with a redirect. */
    private static void basicChallenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CityCoop engine\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /** The login page tells how long to wait ({@link LoginView}). */
    private static void backToLoginWithWait(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + LoginView.THROTTLED_PARAMETER + "=" + retryAfterSeconds);
    }

    /**
     * The engine's REST API runs as the admin whom Spring Security signed in (Camunda's REST
     * authentication, STACK.md): without an authenticated engine user the engine applies no
     * {@code queryMaxResultsLimit} (security.md, attack 12).
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return trustingTheSignIn(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        return trustingTheSignIn(new ContainerBasedAuthenticationFilter(), "/camunda/*");
    }

    /** A Camunda authentication filter that takes the user whom Spring Security signed in ({@link SpringSecurityWebappAuthentication}). */
    private static <F extends Filter> FilterRegistrationBean<F> trustingTheSignIn(F filter, String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
        registration.addUrlPatterns(urlPattern);
        // after Spring Security's chain (order -100), which has established the user
        registration.setOrder(101);
        return registration;
    }
}

package org.citycoop.security.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.citycoop.security.Roles;
import org.citycoop.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Three filter chains: the engine's REST API (admins, HTTP Basic, no session), Camunda's
 * Cockpit and Tasklist (admins, signed in through CityCoop), and CityCoop's own Vaadin UI.
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

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/engine-rest/**"))
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

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // CVE-2026-2742 (Vaadin 24.0-24.9.7): "/VAADIN" without the slash could bypass Spring Security
                .requestMatchers(withDefaults().matcher("/VAADIN")).denyAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Status only: a sendError would be re-dispatched to /error and answered by the UI chain with a redirect. */
    private static void basicChallenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CityCoop engine\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's chain (order -100), which has established the user
        registration.setOrder(101);
        return registration;
    }
}

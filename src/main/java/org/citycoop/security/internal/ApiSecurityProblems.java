package org.citycoop.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The /api chain's refusals as RFC 9457 problem details, written here because they happen before
 * any controller (and its advice) is reached. Written directly: a sendError would be re-dispatched
 * to /error and answered by the UI chain with a redirect to the login page.
 */
final class ApiSecurityProblems {

    private static final String PROBLEM_JSON = "application/problem+json";

    private ApiSecurityProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CityCoop\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Send the user name and password of a CityCoop account by HTTP Basic.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role does not allow this request.");
    }

    static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(response, 429, "Too Many Requests",
                "Too many failed sign-ins for this account or from this address; try again in " + retryAfterSeconds + " s.");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // constant texts and numbers only: nothing of the request is echoed, so no escaping is needed
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}

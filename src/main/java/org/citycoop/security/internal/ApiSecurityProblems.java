package org.citycoop.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citycoop.security.ApiRefusalWording;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The /api chain's refusals as RFC 9457 problem details, written here because they happen before
 * any controller (and its advice) is reached. Written directly: a sendError would be re-dispatched
 * to /error and answered by the UI chain with a redirect to the login page. Title and detail are in
 * the caller's language (DD035): the user's choice once signed in, else {@code Accept-Language}.
 */
final class ApiSecurityProblems {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiRefusalWording wording;

    ApiSecurityProblems(ApiRefusalWording wording) {
        this.wording = wording;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CityCoop\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.problem.unauthorized");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.problem.forbidden");
    }

    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(request, response, 429, "api.problem.too-many-attempts", retryAfterSeconds);
    }

    /** {@code titleKey} names the title; {@code titleKey.detail} the detail, with {@code detailArgs}. */
    private void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey, Object... detailArgs)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", wording.word(request, titleKey));
        problem.put("status", status);
        problem.put("detail", wording.word(request, titleKey + ".detail", detailArgs));
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}

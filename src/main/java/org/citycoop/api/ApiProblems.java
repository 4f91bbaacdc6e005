package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.NotAvailableException;
import org.citycoop.base.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}). Spring's
 * own request errors (wrong media type, a parameter of the wrong type, 413) come from the base
 * class. A denial says no more than the screens would: "not available" for a record of another
 * organisation and for one that does not exist alike.
 * <p>Not limited to this package: a request that reaches no controller method (405 for a method the
 * path does not take) has no controller to match a package, and only advice for all controllers
 * answers it. The API's controllers are the application's only Spring MVC controllers.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final SecurityLog securityLog;
    private final ApiLanguage language;

    ApiProblems(SecurityLog securityLog, ApiLanguage language) {
        this.securityLog = securityLog;
        this.language = language;
    }

    @ExceptionHandler
    ProblemDetail rejectedImport(ImportRejectedException rejected, HttpServletRequest request) {
        Locale locale = language.of(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "api.problem.import",
                Message.of("api.problem.import.detail", rejected.problems().size()), request, locale);
        problem.setProperty("errors", rejected.problems().stream()
                .map(bad -> Map.of("line", bad.line(), "column", bad.column(), "reason", bad.reason(locale))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException invalid, HttpServletRequest request) {
        Locale locale = language.of(request);
        String detail = invalid.problems().stream().map(bad -> bad.field() + ": " + bad.message(locale)).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", detail, request, locale);
        problem.setProperty("errors", invalid.problems().stream()
                .map(bad -> Map.of("field", bad.field(), "reason", bad.message(locale))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notAvailable(NotAvailableException notAvailable, HttpServletRequest request) {
        securityLog.recordRefusal(notAvailable.getMessage());
        return problem(HttpStatus.NOT_FOUND, "api.problem.not-found", Message.of("api.problem.not-found.detail"), request,
                language.of(request));
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException denied, HttpServletRequest request) {
        // a service's refusal of the caller's role (an import by a non-administrator): Spring Security publishes no event for it
        securityLog.recordRefusal(denied.getMessage());
        return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", Message.of("api.problem.forbidden.detail"), request,
                language.of(request));
    }

    /** Anything unforeseen: logged here, told to the caller without details of the inside. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException unexpected, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), unexpected);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal", Message.of("api.problem.internal.detail"), request,
                language.of(request));
    }

    private static ProblemDetail problem(HttpStatus status, String titleKey, Message detail, HttpServletRequest request, Locale locale) {
        return problem(status, titleKey, detail.in(locale), request, locale);
    }

    /** Title and detail in the caller's language (DD030). */
    private static ProblemDetail problem(HttpStatus status, String titleKey, String detail, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Message.of(titleKey).in(locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}

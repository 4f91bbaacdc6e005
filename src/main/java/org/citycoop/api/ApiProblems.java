package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

import java.util.Map;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.base.InvalidInputException;
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

    ApiProblems(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    @ExceptionHandler
    ProblemDetail rejectedImport(ImportRejectedException rejected, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "The file was not imported",
                rejected.problems().size() + " problems; nothing was imported. Correct the rows listed and send the whole file again.",
                request);
        problem.setProperty("errors", rejected.problems().stream()
                .map(bad -> Map.of("line", bad.line(), "column", bad.column(), "reason", bad.reason())).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException invalid, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", invalid.getMessage(), request);
        problem.setProperty("errors", invalid.problems().stream()
                .map(bad -> Map.of("field", bad.field(), "reason", bad.message())).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notAvailable(NotAvailableException notAvailable, HttpServletRequest request) {
        securityLog.recordRefusal(notAvailable.getMessage());
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address that you may see.", request);
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException denied, HttpServletRequest request) {
        // a service's refusal of the caller's role (an import by a non-administrator): Spring Security publishes no event for it
        securityLog.recordRefusal(denied.getMessage());
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.", request);
    }

    /** Anything unforeseen: logged here, told to the caller without details of the inside. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException unexpected, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), unexpected);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request failed; it has been logged.", request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}

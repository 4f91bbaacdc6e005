package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.dashboard.LeadOrganisations;
import org.citycoop.dashboard.RegionsByYear;
import org.citycoop.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/reports/projects-by-region} and {@code /api/reports/lead-organisations}, both with
 * {@code fromJfy} and {@code toJfy}: the dashboard figures for managers (their organisation's
 * projects) and administrators (all), as JSON. A bad range is a 400 problem naming the parameter.
 */
@RestController
class ReportController {

    private final DashboardService dashboards;
    private final CurrentUser currentUser;
    private final ApiLanguage language;

    ReportController(DashboardService dashboards, CurrentUser currentUser, ApiLanguage language) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.language = language;
    }

    @GetMapping("/api/reports/projects-by-region")
    RegionsByYear projectsByRegion(@RequestParam(required = false) Integer fromJfy, @RequestParam(required = false) Integer toJfy) {
        return dashboards.projectsByRegion(JfyRange.of(fromJfy, toJfy), currentUser.require());
    }

    @GetMapping("/api/reports/lead-organisations")
    LeadOrganisations leadOrganisations(@RequestParam(required = false) Integer fromJfy, @RequestParam(required = false) Integer toJfy) {
        return dashboards.projectsByLeadOrganisation(JfyRange.of(fromJfy, toJfy), currentUser.require());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidRange(InvalidInputException refused, HttpServletRequest request) {
        InvalidInputException.FieldProblem problem = refused.problems().get(0);
        Locale locale = language.of(request);
        return badParameter(problem.field(), problem.message(locale), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notAYear(MethodArgumentTypeMismatchException refused, HttpServletRequest request) {
        Locale locale = language.of(request);
        return badParameter(refused.getName(), Message.of("api.problem.not-a-year").in(locale), locale);
    }

    private static ProblemDetail badParameter(String parameter, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + detail);
        problem.setTitle(Message.of("api.problem.parameter").in(locale));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}

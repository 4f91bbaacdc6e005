package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citycoop.base.Message;
import org.citycoop.base.SecurityLog;
import org.citycoop.iati.IatiExport;
import org.citycoop.project.ProjectNotAvailableException;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * IATI 2.03 activity XML: {@code GET /api/projects/{code}/iati} for one project and
 * {@code GET /api/iati/activities.xml} for every project the caller may see (204 when there is none,
 * since an IATI activities file must hold an activity).
 */
@RestController
class IatiController {

    private static final String XML = "application/xml;charset=UTF-8";

    private final IatiExport export;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;
    private final ApiLanguage language;

    IatiController(IatiExport export, CurrentUser currentUser, SecurityLog securityLog, ApiLanguage language) {
        this.export = export;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
        this.language = language;
    }

    @GetMapping("/api/projects/{code}/iati")
    void project(@PathVariable String code, HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        export.writeProject(code, currentUser.require(), response.getOutputStream());
    }

    @GetMapping("/api/iati/activities.xml")
    void activities(HttpServletResponse response) throws IOException {
        CityCoopUser user = currentUser.require();
        if (!export.hasVisibleProjects(user)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        response.setContentType(XML);
        export.writeVisibleProjects(user, response.getOutputStream());
    }

    /** Another organisation's project and a missing one get the same answer: nothing tells them apart. */
    @ExceptionHandler(ProjectNotAvailableException.class)
    ResponseEntity<ProblemDetail> notAvailable(ProjectNotAvailableException e, HttpServletRequest request) {
        securityLog.recordRefusal(e.getMessage());
        // the explicit type replaces the XML type set before the refusal
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Message.of(e.messageKey()).in(language.of(request))));
    }
}

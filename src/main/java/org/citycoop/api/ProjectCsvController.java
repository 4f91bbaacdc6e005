package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citycoop.project.ProjectCsvExport;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects.csv?status=&region=&theme=&partner=&fy=}: the project list as the
 * signed-in user may see it, with the same filters (and query parameters) as the list screen, in the
 * language of {@link ApiLanguage}.
 */
@RestController
class ProjectCsvController {

    private final ProjectCsvExport export;
    private final CurrentUser currentUser;
    private final ApiLanguage language;

    ProjectCsvController(ProjectCsvExport export, CurrentUser currentUser, ApiLanguage language) {
        this.export = export;
        this.currentUser = currentUser;
        this.language = language;
    }

    @GetMapping("/api/projects.csv")
    void projects(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String theme, @RequestParam(required = false) String partner,
                  @RequestParam(name = "fy", required = false) Integer fiscalYear, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        ProjectFilter filter = ProjectFilter.any().withStatus(status).withRegion(region).withTheme(theme)
                .withPartner(partner).withFiscalYear(fiscalYear);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.csv\"");
        export.write(filter, currentUser.require(), language.of(request), response.getOutputStream());
    }
}

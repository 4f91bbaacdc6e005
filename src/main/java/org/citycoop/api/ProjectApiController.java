package org.citycoop.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.name.Name;
import org.citycoop.base.InvalidInputException;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects} (the project list's filters, paged) and {@code GET /api/projects/{code}}:
 * the projects the caller's organisation takes part in, as on the screens. Another organisation's
 * code is answered as one that does not exist.
 */
@RestController
class ProjectApiController {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ProjectApiController(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Projects of the caller's organisation, newest first; fy is the Japanese fiscal year of the start")
    @GetMapping(path = "/api/projects", produces = "application/json")
    ProjectPage list(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String theme, @RequestParam(required = false) String partner,
                     @RequestParam(name = "fy", required = false) Integer fiscalYear,
                     @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > ProjectService.MAX_PAGE) {
            throw InvalidInputException.of("limit", "api.problem.limit", ProjectService.MAX_PAGE);
        }
        if (offset < 0) {
            throw InvalidInputException.of("offset", "api.problem.offset");
        }
        ProjectFilter filter = ProjectFilter.any().withStatus(status).withRegion(region).withTheme(theme)
                .withPartner(partner).withFiscalYear(fiscalYear);
        CityCoopUser user = currentUser.require();
        return new ProjectPage(projects.count(filter, user), offset, limit,
                projects.search(filter, user, offset, limit).stream().map(ProjectJson::of).toList());
    }

    @Operation(summary = "One project of the caller's organisation; 404 for any other code")
    @GetMapping(path = "/api/projects/{code}", produces = "application/json")
    ProjectJson project(@PathVariable String code) {
        return ProjectJson.of(projects.require(code, currentUser.require()));
    }

    record ProjectPage(long total, int offset, int limit, List<ProjectJson> projects) {
    }

    /** An organisation by code and name; the name as {@code {"en": ..., "ja": ...}}, a missing form null (DD029). */
    record Party(String code, Name name) {
    }

    /** What the API tells of a project: no internal ids, no user names. */
    record ProjectJson(String code, String title, Party lead, Party partner, Name partnerCountry, String region,
                       String theme, String cooperationType, LocalDate startDate, LocalDate endDate, long budgetJpy,
                       ProjectStatus status, String fundingScheme, boolean imported) {

        static ProjectJson of(Project project) {
            return new ProjectJson(project.code(), project.title(), new Party(project.leadCode(), project.leadName()),
                    new Party(project.partnerCode(), project.partnerName()), project.partnerCountry(), project.region(),
                    project.themeCode(), project.cooperationTypeCode(), project.plannedStart(), project.plannedEnd(),
                    project.budgetJpy(), project.status(), project.fundingSchemeCode(), project.imported());
        }
    }
}

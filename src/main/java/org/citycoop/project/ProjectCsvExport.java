package org.citycoop.project;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.citycoop.base.CsvWriter;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.ReferenceItem;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;

/**
 * The filtered project list as CSV for Excel ({@link CsvWriter}). Scoped like the list itself: only
 * projects the user's organisation takes part in.
 */
@Service
public class ProjectCsvExport {

    static final List<String> HEADER = List.of("Code", "Title", "Lead", "Partner city", "Country", "Region", "Theme",
            "Cooperation type", "Planned start", "Planned end", "Fiscal year (JFY)", "Budget (JPY)", "Status");

    private final ProjectService projects;

    ProjectCsvExport(ProjectService projects) {
        this.projects = projects;
    }

    public void write(ProjectFilter filter, CityCoopUser user, OutputStream out) {
        Map<String, String> regionNames = projects.regions().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        CsvWriter csv = CsvWriter.start(out, HEADER);
        int offset = 0;
        List<Project> page;
        do {
            page = projects.search(filter, user, offset, ProjectService.MAX_PAGE);
            page.forEach(project -> csv.row(row(project, regionNames)));
            offset += page.size();
        } while (page.size() == ProjectService.MAX_PAGE);
        csv.flush();
    }

    private static List<String> row(Project project, Map<String, String> regionNames) {
        return List.of(project.code(), project.title(), project.leadName().toString(), project.partnerName().toString(),
                project.partnerCountry().toString(),
                regionNames.getOrDefault(project.region(), project.region()), project.themeName(),
                project.cooperationTypeName(), String.valueOf(project.plannedStart()), Objects.toString(project.plannedEnd(), ""),
                String.valueOf(FiscalYear.of(project.plannedStart())), String.valueOf(project.budgetJpy()),
                project.status().name());
    }
}

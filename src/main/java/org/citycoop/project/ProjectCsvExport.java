package org.citycoop.project;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.citycoop.base.CsvWriter;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.Message;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;

/**
 * The filtered project list as CSV for Excel ({@link CsvWriter}), in the reader's language: headings,
 * names (the reader's form, DD029), region, theme, cooperation type and status; dates, fiscal year and
 * budget as plain values a spreadsheet can compute with. Scoped like the list itself: only projects
 * the user's organisation takes part in.
 */
@Service
public class ProjectCsvExport {

    static final List<String> COLUMNS = List.of("code", "title", "lead", "partner", "country", "region", "theme",
            "type", "planned-start", "planned-end", "fiscal-year", "budget", "status");

    private final ProjectService projects;

    ProjectCsvExport(ProjectService projects) {
        this.projects = projects;
    }

    public void write(ProjectFilter filter, CityCoopUser user, Locale locale, OutputStream out) {
        CsvWriter csv = CsvWriter.start(out, COLUMNS.stream().map(column -> text("project-list.csv." + column, locale)).toList());
        int offset = 0;
        List<Project> page;
        do {
            page = projects.search(filter, user, offset, ProjectService.MAX_PAGE);
            page.forEach(project -> csv.row(row(project, locale)));
            offset += page.size();
        } while (page.size() == ProjectService.MAX_PAGE);
        csv.flush();
    }

    private static List<String> row(Project project, Locale locale) {
        return List.of(project.code(), project.title(), project.leadName().in(locale), project.partnerName().in(locale),
                project.partnerCountry().in(locale), text("region." + project.region(), locale),
                text(project.themeKey(), locale), text(project.cooperationTypeKey(), locale),
                String.valueOf(project.plannedStart()), Objects.toString(project.plannedEnd(), ""),
                String.valueOf(FiscalYear.of(project.plannedStart())), String.valueOf(project.budgetJpy()),
                text("project.status." + project.status().name(), locale));
    }

    private static String text(String key, Locale locale) {
        return Message.of(key).in(locale);
    }
}

package org.citycoop.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.ReferenceItem;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;

/**
 * The filtered project list as CSV for Excel: UTF-8 with a byte-order mark (so Japanese names
 * open correctly), a header row, every field quoted (RFC 4180). Scoped like the list itself: only
 * projects the user's organisation takes part in. Text that Excel would read as a formula gets a
 * leading apostrophe (OWASP "CSV injection").
 */
@Service
public class ProjectCsvExport {

    static final List<String> HEADER = List.of("Code", "Title", "Lead", "Partner city", "Country", "Region", "Theme",
            "Cooperation type", "Planned start", "Planned end", "Fiscal year (JFY)", "Budget (JPY)", "Status");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ProjectService projects;

    ProjectCsvExport(ProjectService projects) {
        this.projects = projects;
    }

    public void write(ProjectFilter filter, CityCoopUser user, OutputStream out) {
        Map<String, String> regionNames = projects.regions().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeRow(writer, HEADER);
            int offset = 0;
            List<Project> page;
            do {
                page = projects.search(filter, user, offset, ProjectService.MAX_PAGE);
                for (Project project : page) {
                    writeRow(writer, row(project, regionNames));
                }
                offset += page.size();
            } while (page.size() == ProjectService.MAX_PAGE);
            writer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static List<String> row(Project project, Map<String, String> regionNames) {
        return List.of(project.code(), project.title(), project.leadName(), project.partnerName(), project.partnerCountry(),
                regionNames.getOrDefault(project.region(), project.region()), project.themeName(),
                project.cooperationTypeName(), String.valueOf(project.plannedStart()), String.valueOf(project.plannedEnd()),
                String.valueOf(FiscalYear.of(project.plannedStart())), String.valueOf(project.budgetJpy()),
                project.status().name());
    }

    private static void writeRow(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

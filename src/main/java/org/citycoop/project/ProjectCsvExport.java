package org.citycoop.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
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

    /** Excel's dialect (CRLF), every field quoted. */
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

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
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
            csv.printRecord(HEADER);
            int offset = 0;
            List<Project> page;
            do {
                page = projects.search(filter, user, offset, ProjectService.MAX_PAGE);
                for (Project project : page) {
                    csv.printRecord(row(project, regionNames).stream().map(ProjectCsvExport::inert).toList());
                }
                offset += page.size();
            } while (page.size() == ProjectService.MAX_PAGE);
            csv.flush();
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

    /** A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
    static String inert(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

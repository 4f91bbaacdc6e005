package org.citycoop.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citycoop.base.AdministratorImport;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.CsvTable;
import org.citycoop.base.ImportProblem;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.internal.ImportedProject;
import org.citycoop.project.internal.ProjectImportRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the historical project register from a CSV file, all or nothing: every row is checked
 * first; one bad row and nothing is written. An imported project starts no process; importing a
 * code again updates that project. A project run in CityCoop is never overwritten by an import.
 */
@Service
public class ProjectImport {

    public static final List<String> COLUMNS = List.of("code", "title", "lead_code", "partner_code", "theme",
            "cooperation_type", "funding_scheme", "start_date", "end_date", "budget_jpy", "status");
    private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

    private final ProjectImportRepository projects;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final AdministratorImport administratorImport;

    ProjectImport(ProjectImportRepository projects, OrganisationService organisations, AuditTrail audit, AdministratorImport administratorImport) {
        this.projects = projects;
        this.organisations = organisations;
        this.audit = audit;
        this.administratorImport = administratorImport;
    }

    /** The number of projects created or updated; refused as a whole with every bad row listed. */
    @Transactional
    public int importCsv(byte[] file, CityCoopUser admin) {
        return administratorImport.run(admin, "projects", () -> importChecked(file, admin));
    }

    private int importChecked(byte[] file, CityCoopUser admin) {
        List<CsvTable.Row> rows = CsvTable.read(file, COLUMNS).rows();
        RowCheck check = new RowCheck(organisations.kindsByCode(), projects.themeCodes(), projects.cooperationTypeCodes(),
                projects.fundingSchemeCodes(), projects.liveProjectCodes());
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedProject> imported = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            ImportedProject project = check.of(row, problems);
            if (project != null) {
                imported.add(project);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        for (ImportedProject project : imported) {
            long id = projects.upsert(project, admin.getUsername());
            audit.record(id, admin.getUsername(), "PROJECT_IMPORTED", project.code() + " " + project.title());
        }
        audit.recordReferenceChange(admin.getUsername(), "PROJECTS_IMPORTED", imported.size() + " projects");
        return imported.size();
    }

    /** The checks of one row against the reference data read once per file. */
    private record RowCheck(Map<String, OrganisationKind> organisationKinds, Set<String> themes, Set<String> cooperationTypes,
                            Set<String> fundingSchemes, Set<String> liveCodes) {

        ImportedProject of(CsvTable.Row row, List<ImportProblem> problems) {
            Problems of = new Problems(row.line(), problems);
            String code = row.get("code");
            if (!code.matches(CODE_PATTERN)) {
                of.add("code", "project.problem.import.code");
            } else if (liveCodes.contains(code)) {
                of.add("code", "project.problem.import.running");
            }
            String title = row.get("title");
            if (title.isEmpty() || title.length() > 200) {
                of.add("title", "project.problem.import.title");
            }
            String lead = row.get("lead_code");
            OrganisationKind leadKind = organisationKinds.get(lead);
            if (leadKind == null || !leadKind.canLeadProjects()) {
                of.add("lead_code", "project.problem.import.lead");
            }
            String partner = row.get("partner_code");
            if (!organisationKinds.containsKey(partner)) {
                of.add("partner_code", "project.problem.import.partner");
            } else if (partner.equals(lead)) {
                of.add("partner_code", "project.problem.import.partner-is-lead");
            }
            String theme = oneOf(of, "theme", row.get("theme"), themes);
            String type = oneOf(of, "cooperation_type", row.get("cooperation_type"), cooperationTypes);
            String scheme = row.get("funding_scheme");
            if (!scheme.isEmpty() && !fundingSchemes.contains(scheme)) {
                of.add("funding_scheme", "project.problem.import.scheme", sorted(fundingSchemes));
            }
            LocalDate start = date(of, "start_date", row.get("start_date"));
            LocalDate end = row.get("end_date").isEmpty() ? null : date(of, "end_date", row.get("end_date"));
            if (start != null && end != null && end.isBefore(start)) {
                of.add("end_date", "project.problem.import.end");
            }
            Long budget = budget(of, row.get("budget_jpy"));
            ProjectStatus status = status(of, row.get("status"));
            return of.none() ? new ImportedProject(code, title, lead, partner, theme, type, scheme.isEmpty() ? null : scheme,
                    start, end, budget, status) : null;
        }

        private static String oneOf(Problems of, String column, String value, Set<String> allowed) {
            if (!allowed.contains(value)) {
                of.add(column, "problem.import.one-of", sorted(allowed));
            }
            return value;
        }

        private static LocalDate date(Problems of, String column, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notIso) {
                of.add(column, "project.problem.import.date");
                return null;
            }
        }

        private static Long budget(Problems of, String value) {
            if (!value.matches("\\d{1,15}")) {
                of.add("budget_jpy", "project.problem.import.budget");
                return null;
            }
            return Long.parseLong(value);
        }

        private static ProjectStatus status(Problems of, String value) {
            Map<String, ProjectStatus> statuses = Arrays.stream(ProjectStatus.values())
                    .collect(Collectors.toMap(ProjectStatus::name, Function.identity()));
            if (!statuses.containsKey(value)) {
                of.add("status", "problem.import.one-of", sorted(statuses.keySet()));
            }
            return statuses.get(value);
        }

        private static String sorted(Set<String> values) {
            return values.stream().sorted().collect(Collectors.joining(", "));
        }
    }

    /** The problems of one row, added to those of the file. */
    private record Problems(int line, List<ImportProblem> all, int before) {

        Problems(int line, List<ImportProblem> all) {
            this(line, all, all.size());
        }

        void add(String column, String key, Object... args) {
            all.add(ImportProblem.of(line, column, key, args));
        }

        boolean none() {
            return all.size() == before;
        }
    }
}

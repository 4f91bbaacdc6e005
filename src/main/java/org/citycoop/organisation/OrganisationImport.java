package org.citycoop.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.AdministratorImport;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.CsvTable;
import org.citycoop.base.ImportProblem;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.name.Name;
import org.citycoop.organisation.internal.OrganisationRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organisations from a CSV file ({@code code,name_en,name_ja,kind,country,parent_code}), all
 * or nothing: every row is checked first; one bad row and nothing is written. An existing code is
 * updated. {@code parent_code} names the cooperative of a member municipality, in the database
 * or in the same file. An organisation has an English name, a Japanese name, or both (DD029).
 */
@Service
public class OrganisationImport {

    public static final List<String> COLUMNS = List.of("code", "name_en", "name_ja", "kind", "country", "parent_code");
    private static final String CODE_PATTERN = "[A-Z0-9]{2,16}";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final AdministratorImport administratorImport;

    OrganisationImport(OrganisationRepository organisations, AuditTrail audit, AdministratorImport administratorImport) {
        this.organisations = organisations;
        this.audit = audit;
        this.administratorImport = administratorImport;
    }

    /** The number of organisations created or updated; refused as a whole with every bad row listed. */
    @Transactional
    public int importCsv(byte[] file, CityCoopUser admin) {
        return administratorImport.run(admin, "organisations", () -> importChecked(file, admin));
    }

    private int importChecked(byte[] file, CityCoopUser admin) {
        List<CsvTable.Row> rows = CsvTable.read(file, COLUMNS).rows();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> countries = organisations.countryCodes();
        Map<String, OrganisationKind> kinds = kindsAfterImport(rows);
        List<NewOrganisation> imported = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            int before = problems.size();
            NewOrganisation organisation = check(row, countries, kinds, problems);
            if (problems.size() == before) {
                imported.add(organisation);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        // every row in first, then the cooperatives: a member may name one further down the file
        imported.forEach(organisations::upsertWithoutCooperative);
        imported.forEach(organisations::updateCooperative);
        audit.recordReferenceChange(admin.getUsername(), "ORGANISATIONS_IMPORTED", imported.size() + " organisations");
        return imported.size();
    }

    /** The kind each code will have once the file is in: the file's kind where it names one, else the stored kind. */
    private Map<String, OrganisationKind> kindsAfterImport(List<CsvTable.Row> rows) {
        Map<String, OrganisationKind> kinds = new HashMap<>(organisations.kindsByCode());
        for (CsvTable.Row row : rows) {
            kindOf(row.get("kind")).ifPresent(kind -> kinds.put(row.get("code"), kind));
        }
        return kinds;
    }

    private static NewOrganisation check(CsvTable.Row row, Set<String> countries, Map<String, OrganisationKind> kinds,
                                         List<ImportProblem> problems) {
        String code = row.get("code");
        if (!code.matches(CODE_PATTERN)) {
            problems.add(ImportProblem.of(row.line(), "code", "organisation.problem.import.code"));
        }
        String nameEn = row.get("name_en");
        String nameJa = row.get("name_ja");
        OrganisationNames.check(nameEn, nameJa).forEach(problem -> problems.add(new ImportProblem(row.line(),
                problem.field().equals("nameJa") ? "name_ja" : "name_en", problem.text())));
        OrganisationKind kind = kindOf(row.get("kind")).orElse(null);
        if (kind == null) {
            problems.add(ImportProblem.of(row.line(), "kind", "problem.import.one-of",
                    List.of(OrganisationKind.values()).toString().replaceAll("[\\[\\]]", "")));
        }
        String country = row.get("country");
        if (!countries.contains(country)) {
            problems.add(ImportProblem.of(row.line(), "country", "organisation.problem.import.country"));
        }
        String parent = row.get("parent_code");
        if (!parent.isEmpty() && kinds.get(parent) != OrganisationKind.COOPERATIVE) {
            problems.add(ImportProblem.of(row.line(), "parent_code", "organisation.problem.import.parent"));
        } else if (parent.equals(code)) {
            problems.add(ImportProblem.of(row.line(), "parent_code", "organisation.problem.import.own-parent"));
        }
        if (nameEn.isEmpty() && nameJa.isEmpty()) {
            return null;
        }
        return new NewOrganisation(code, new Name(nameEn, nameJa), kind, country, parent.isEmpty() ? null : parent,
                kind == OrganisationKind.COOPERATIVE ? ConsentRule.ALL : null);
    }

    private static Optional<OrganisationKind> kindOf(String value) {
        try {
            return Optional.of(OrganisationKind.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

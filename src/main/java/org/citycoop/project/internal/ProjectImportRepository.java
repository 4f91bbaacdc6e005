package org.citycoop.project.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes imported historical projects; reads the reference codes an import is checked against, each with one query. */
@Repository
public class ProjectImportRepository {

    /** The form of the codes CityCoop gives ({@link ProjectRepository#nextCode}): lead, fiscal year, number. */
    private static final Pattern GENERATED_CODE = Pattern.compile("([A-Z0-9]{2,16})-(\\d{4})-(\\d{1,6})");

    private final JdbcClient jdbc;

    ProjectImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> themeCodes() {
        return Set.copyOf(jdbc.sql("select code from theme").query(String.class).list());
    }

    public Set<String> cooperationTypeCodes() {
        return Set.copyOf(jdbc.sql("select code from cooperation_type").query(String.class).list());
    }

    public Set<String> fundingSchemeCodes() {
        return Set.copyOf(jdbc.sql("select code from funding_scheme").query(String.class).list());
    }

    /** The codes of the projects run in CityCoop (not imported): an import must not overwrite them. */
    public Set<String> liveProjectCodes() {
        return Set.copyOf(jdbc.sql("select code from project where not imported").query(String.class).list());
    }

    /** Creates the imported project or updates the imported project with its code; returns its id. */
    public long upsert(ImportedProject project, String importedBy) {
        long id = jdbc.sql("""
                        insert into project (code, title, lead_organisation_id, partner_organisation_id, theme_code,
                                             cooperation_type_code, funding_scheme_code, planned_start, planned_end,
                                             budget_jpy, status, proposed_by, imported)
                        values (:code, :title, (select id from organisation where code = :lead),
                                (select id from organisation where code = :partner), :theme, :type, :scheme,
                                :start, :end, :budget, :status, :importedBy, true)
                        on conflict (code) do update set title = excluded.title,
                            lead_organisation_id = excluded.lead_organisation_id,
                            partner_organisation_id = excluded.partner_organisation_id,
                            theme_code = excluded.theme_code, cooperation_type_code = excluded.cooperation_type_code,
                            funding_scheme_code = excluded.funding_scheme_code, planned_start = excluded.planned_start,
                            planned_end = excluded.planned_end, budget_jpy = excluded.budget_jpy, status = excluded.status
                        where project.imported
                        returning id""")
                .param("code", project.code())
                .param("title", project.title())
                .param("lead", project.leadCode())
                .param("partner", project.partnerCode())
                .param("theme", project.themeCode())
                .param("type", project.cooperationTypeCode())
                .param("scheme", project.fundingSchemeCode())
                .param("start", project.plannedStart())
                .param("end", project.plannedEnd())
                .param("budget", project.budgetJpy())
                .param("status", project.status().name())
                .param("importedBy", importedBy)
                .query(Long.class).single();
        reserveCode(project.code());
        return id;
    }

    /** An imported code of CityCoop's own form is never given again to a new proposal. */
    private void reserveCode(String code) {
        Matcher generated = GENERATED_CODE.matcher(code);
        if (!generated.matches()) {
            return;
        }
        jdbc.sql("""
                        insert into project_code_counter (lead_code, fiscal_year, last_number) values (:lead, :year, :number)
                        on conflict (lead_code, fiscal_year)
                        do update set last_number = greatest(project_code_counter.last_number, excluded.last_number)""")
                .param("lead", generated.group(1))
                .param("year", Integer.parseInt(generated.group(2)))
                .param("number", Integer.parseInt(generated.group(3)))
                .update();
    }
}

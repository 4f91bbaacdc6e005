package org.citycoop.project.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.citycoop.base.ReferenceItem;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.Screening;
import org.citycoop.project.ScreeningDecision;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

    static final String SELECT_COLUMNS = """
            select p.id, p.code, p.title, lead.code as lead_code, lead.name_en as lead_name_en, lead.name_ja as lead_name_ja,
                   partner.code as partner_code, partner.name_en as partner_name_en, partner.name_ja as partner_name_ja,
                   country.name as partner_country_en, country.name_ja as partner_country_ja,
                   country.region_code, p.theme_code, theme.name as theme_name,
                   p.cooperation_type_code, type.name as type_name, p.planned_start, p.planned_end,
                   p.budget_jpy, p.status, p.proposed_by, p.proposed_at, p.imported,
                   -- the register's scheme of an imported project; the latest application's of a live one
                   coalesce(p.funding_scheme_code, (select application.scheme_code from funding_application application
                                                    where application.project_id = p.id
                                                    order by application.round desc limit 1)) as funding_scheme_code
            """;

    static final String FROM_PROJECT = """
            from project p
            join organisation lead on lead.id = p.lead_organisation_id
            join organisation partner on partner.id = p.partner_organisation_id
            join country on country.iso2 = partner.country_iso2
            join theme on theme.code = p.theme_code
            join cooperation_type type on type.code = p.cooperation_type_code
            """;

    private static final String SELECT = SELECT_COLUMNS + FROM_PROJECT;

    /**
     * An organisation takes part as lead, as partner city, as a member of the lead cooperative, or as
     * an organisation the lead invited (project_participant, DD033).
     */
    static final String VISIBLE_TO_ORGANISATION = """
            (lead.code = :organisation or partner.code = :organisation
             or exists (select 1 from organisation member
                        where member.cooperative_id = p.lead_organisation_id and member.code = :organisation)
             or exists (select 1 from project_participant participant
                        join organisation invited on invited.id = participant.organisation_id
                        where participant.project_id = p.id and invited.code = :organisation))
            """;

    /**
     * The ids of the projects an organisation has work on: it takes part ({@link #VISIBLE_TO_ORGANISATION})
     * or it is the agency of one of the project's funding applications (its reviewers' tasks). A union
     * of index look-ups, so that a search among 100,000 projects reads only the organisation's own.
     * Materialized, and so are the queries' matches below: with the driver's prepared statements
     * PostgreSQL comes to a generic plan, which otherwise walks all projects backwards by code until
     * 200 match (3.4 s against 11 ms at 100,000 projects; benchmarks.md).
     */
    private static final String PROJECTS_OF_ORGANISATION = """
            with worked_on as materialized (
                select p.id from project p join organisation lead on lead.id = p.lead_organisation_id
                where lead.code = :organisation
                union select p.id from project p join organisation partner on partner.id = p.partner_organisation_id
                where partner.code = :organisation
                union select p.id from project p join organisation member on member.cooperative_id = p.lead_organisation_id
                where member.code = :organisation
                union select participant.project_id from project_participant participant
                join organisation invited on invited.id = participant.organisation_id where invited.code = :organisation
                union select application.project_id from funding_application application
                join funding_scheme scheme on scheme.code = application.scheme_code
                where scheme.agency_code = :organisation)
            """;

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Next code {@code <LEAD>-<fiscal year>-<nnn>}; the counter row lock serialises concurrent proposals. */
    public String nextCode(String leadCode, int fiscalYear) {
        int number = jdbc.sql("""
                        insert into project_code_counter (lead_code, fiscal_year, last_number) values (:lead, :year, 1)
                        on conflict (lead_code, fiscal_year)
                        do update set last_number = project_code_counter.last_number + 1
                        returning last_number""")
                .param("lead", leadCode)
                .param("year", fiscalYear)
                .query(Integer.class)
                .single();
        return "%s-%d-%03d".formatted(leadCode, fiscalYear, number);
    }

    public long insert(String code, long leadId, ProjectProposal proposal, String proposedBy) {
        return jdbc.sql("""
                        insert into project (code, title, lead_organisation_id, partner_organisation_id, theme_code,
                                             cooperation_type_code, planned_start, planned_end, budget_jpy, status, proposed_by)
                        values (:code, :title, :lead, (select id from organisation where code = :partner), :theme,
                                :type, :start, :end, :budget, 'PIPELINE', :proposedBy)
                        returning id""")
                // paramSource replaces single params, so every value goes into the one source
                .paramSource(proposalParameters(proposal)
                        .addValue("code", code)
                        .addValue("lead", leadId)
                        .addValue("proposedBy", proposedBy))
                .query(Long.class)
                .single();
    }

    public void updateProposal(long projectId, ProjectProposal proposal) {
        jdbc.sql("""
                        update project set title = :title, theme_code = :theme, cooperation_type_code = :type,
                               planned_start = :start, planned_end = :end, budget_jpy = :budget
                        where id = :id""")
                .paramSource(proposalParameters(proposal).addValue("id", projectId))
                .update();
    }

    public void updateStatus(long projectId, ProjectStatus status) {
        jdbc.sql("update project set status = :status where id = :id")
                .param("id", projectId).param("status", status.name()).update();
    }

    public Optional<Project> findByCode(String code) {
        return jdbc.sql(SELECT + " where p.code = :code").param("code", code).query(ProjectRepository::map).optional();
    }

    public Optional<Project> findVisible(String code, String organisationCode) {
        return jdbc.sql(SELECT + " where p.code = :code and " + VISIBLE_TO_ORGANISATION)
                .param("code", code).param("organisation", organisationCode)
                .query(ProjectRepository::map).optional();
    }

    public List<Project> findAllVisible(String organisationCode) {
        return jdbc.sql(SELECT + " where " + VISIBLE_TO_ORGANISATION + " order by p.proposed_at desc, p.id desc")
                .param("organisation", organisationCode)
                .query(ProjectRepository::map).list();
    }

    /**
     * Codes of the projects an organisation has work on whose title contains {@code text}, ignoring
     * case; at most {@code limit}, newest first. Scoped, so that other organisations' projects never
     * take the places of the organisation's own.
     */
    public List<String> codesWithTitleContaining(String text, String organisationCode, int limit) {
        return jdbc.sql(PROJECTS_OF_ORGANISATION + """
                        , matching as materialized (
                            select p.code from worked_on join project p on p.id = worked_on.id where p.title ilike :pattern)
                        select code from matching order by code desc limit :limit""")
                .param("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("organisation", organisationCode).param("limit", limit).query(String.class).list();
    }

    /** Codes of the projects an organisation has work on with that partner city (organisation code). */
    public List<String> codesWithPartner(String partnerCode, String organisationCode) {
        return jdbc.sql(PROJECTS_OF_ORGANISATION + """
                        , matching as materialized (
                            select p.code from worked_on join project p on p.id = worked_on.id
                            join organisation partner on partner.id = p.partner_organisation_id where partner.code = :partner)
                        select code from matching order by code""")
                .param("partner", partnerCode).param("organisation", organisationCode).query(String.class).list();
    }

    /** The partner cities of the projects an organisation takes part in, by name. */
    public Map<String, Name> partnersOfProjectsVisibleTo(String organisationCode) {
        Map<String, Name> partners = new LinkedHashMap<>();
        jdbc.sql("select distinct partner.code, partner.name, partner.name_en, partner.name_ja " + FROM_PROJECT
                        + " where " + VISIBLE_TO_ORGANISATION + " order by partner.name")
                .param("organisation", organisationCode)
                .query(rs -> {
                    partners.put(rs.getString("code"), NameColumns.read(rs, "name"));
                });
        return partners;
    }

    public List<Project> findByCodes(Collection<String> codes) {
        return jdbc.sql(SELECT + " where p.code in (:codes)").param("codes", codes).query(ProjectRepository::map).list();
    }

    public void recordScreening(long projectId, ScreeningDecision decision, String comment, String decidedBy) {
        jdbc.sql("""
                        insert into project_screening (project_id, decision, comment, decided_by)
                        values (:project, :decision, :comment, :decidedBy)""")
                .param("project", projectId)
                .param("decision", decision.name())
                .param("comment", comment)
                .param("decidedBy", decidedBy)
                .update();
    }

    public List<Screening> screenings(long projectId) {
        return jdbc.sql("""
                        select decision, comment, decided_by, decided_at from project_screening
                        where project_id = :project order by decided_at desc, id desc""")
                .param("project", projectId)
                .query((rs, row) -> new Screening(ScreeningDecision.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<Screening> lastScreening(long projectId) {
        return screenings(projectId).stream().findFirst();
    }

    public boolean needsFeasibilityStudy(String cooperationTypeCode) {
        return jdbc.sql("select needs_feasibility_study from cooperation_type where code = :code")
                .param("code", cooperationTypeCode).query(Boolean.class).single();
    }

    public List<ReferenceItem> themes() {
        return jdbc.sql("select code, name from theme order by name")
                .query((rs, row) -> new ReferenceItem(rs.getString(1), rs.getString(2))).list();
    }

    public List<ReferenceItem> cooperationTypes() {
        return jdbc.sql("select code, name from cooperation_type order by name")
                .query((rs, row) -> new ReferenceItem(rs.getString(1), rs.getString(2))).list();
    }

    private static MapSqlParameterSource proposalParameters(ProjectProposal proposal) {
        return new MapSqlParameterSource()
                .addValue("title", proposal.getTitle().strip())
                .addValue("partner", proposal.getPartnerCode())
                .addValue("theme", proposal.getThemeCode())
                .addValue("type", proposal.getCooperationTypeCode())
                .addValue("start", proposal.getPlannedStart())
                .addValue("end", proposal.getPlannedEnd())
                .addValue("budget", proposal.getBudgetJpy());
    }

    static Project map(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("lead_code"), NameColumns.read(rs, "lead_name"), rs.getString("partner_code"),
                NameColumns.read(rs, "partner_name"), NameColumns.read(rs, "partner_country"), rs.getString("region_code"),
                rs.getString("theme_code"), rs.getString("theme_name"), rs.getString("cooperation_type_code"),
                rs.getString("type_name"), rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class), rs.getLong("budget_jpy"),
                ProjectStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("funding_scheme_code"), rs.getBoolean("imported"));
    }
}

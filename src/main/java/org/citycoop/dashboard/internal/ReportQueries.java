package org.citycoop.dashboard.internal;

import org.citycoop.name.Name;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.dashboard.CountByItem;
import org.citycoop.dashboard.FollowUpPunctuality;
import org.citycoop.dashboard.FundingPipelineRow;
import org.citycoop.dashboard.JfyRange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' read-only queries: each one set-based statement over the projects in scope,
 * grouped in the database (no query per row). A project counts in the Japanese fiscal year of its
 * start date; the range is a condition on {@code planned_start} itself, so that the index of V17
 * serves it. Live and imported projects alike are rows of {@code project}.
 */
@Repository
public class ReportQueries {

    /** The fiscal year of a project's start: 1 April n … 31 March n+1 is n (the date three months earlier falls in year n). */
    static final String JFY_OF_START = "cast(extract(year from p.planned_start - interval '3 months') as integer)";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of a region × fiscal-year count. */
    public record RegionYearCount(int jfy, String regionCode, long count) {
    }

    /** The regions in the order of the research tables. */
    public List<String> regionCodes() {
        return jdbc.sql("select code from region order by report_position nulls last, code").query(String.class).list();
    }

    public List<RegionYearCount> projectsByRegionAndYear(ReportScope scope, JfyRange range) {
        return jdbc.sql(scoped(scope, range, """
                        select %s as jfy, country.region_code, count(*)
                        from project p
                        join organisation partner on partner.id = p.partner_organisation_id
                        join country on country.iso2 = partner.country_iso2
                        where %%s
                        group by 1, 2""".formatted(JFY_OF_START)))
                .paramSource(parameters(scope))
                .query((rs, row) -> new RegionYearCount(rs.getInt(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Lead organisations with their number of projects, most first. */
    public List<CountByItem> projectsByLeadOrganisation(ReportScope scope, JfyRange range) {
        return countsByItem(scope, range, """
                        select lead.code, lead.name_en, lead.name_ja, count(*)
                        from project p
                        join organisation lead on lead.id = p.lead_organisation_id
                        where %s
                        group by lead.code, lead.name_en, lead.name_ja
                        order by count(*) desc, lead.code""");
    }

    public List<CountByItem> projectsByTheme(ReportScope scope, JfyRange range) {
        return countsByItem(scope, range, """
                        select theme.code, theme.name, null, count(*)
                        from project p
                        join theme on theme.code = p.theme_code
                        where %s
                        group by theme.code, theme.name
                        order by count(*) desc, theme.name""");
    }

    /** Trainees come from the partner city: they count for the partner's country. */
    public List<CountByItem> traineesByCountry(ReportScope scope, JfyRange range) {
        return countsByItem(scope, range, """
                        select country.iso2, country.name, country.name_ja, count(*)
                        from project p
                        join organisation partner on partner.id = p.partner_organisation_id
                        join country on country.iso2 = partner.country_iso2
                        join training_programme programme on programme.project_id = p.id
                        join training_trainee trainee on trainee.programme_id = programme.id
                        where %s
                        group by country.iso2, country.name, country.name_ja
                        order by count(*) desc, country.name""");
    }

    /** Dispatches not cancelled, by their destination (the partner's country until the plan names one). */
    public List<CountByItem> dispatchesByCountry(ReportScope scope, JfyRange range) {
        return countsByItem(scope, range, """
                        select country.iso2, country.name, country.name_ja, count(*)
                        from project p
                        join organisation partner on partner.id = p.partner_organisation_id
                        join dispatch on dispatch.project_id = p.id and dispatch.status <> 'CANCELLED'
                        join country on country.iso2 = coalesce(dispatch.destination_iso2, partner.country_iso2)
                        where %s
                        group by country.iso2, country.name, country.name_ja
                        order by count(*) desc, country.name""");
    }

    /**
     * Yen by scheme and fiscal year: requested in applications sent to the agency at least once,
     * approved as the agreement records it (else the latest approval decision), disbursed as the
     * instalments of the agreement due on or before {@code today}. A project of the imported
     * register knows only its scheme and budget (DD014): the budget was requested, approved once
     * the project went ahead, and disbursed once it closed.
     */
    public List<FundingPipelineRow> fundingPipeline(ReportScope scope, JfyRange range, LocalDate today) {
        MapSqlParameterSource parameters = parameters(scope).addValue("today", today);
        return jdbc.sql(scoped(scope, range, """
                        with amounts as (
                            select application.scheme_code, %1$s as jfy, application.requested_amount_jpy as requested,
                                   coalesce(agreement.approved_amount_jpy, approval.approved_amount_jpy) as approved,
                                   paid.amount as disbursed
                            from project p
                            join funding_application application on application.project_id = p.id and application.submission_count > 0
                            left join funding_agreement agreement on agreement.application_id = application.id
                            left join lateral (select decision.approved_amount_jpy from funding_decision decision
                                               where decision.application_id = application.id and decision.decision = 'APPROVE'
                                               order by decision.id desc limit 1) approval on true
                            left join lateral (select sum(instalment.amount_jpy) as amount from funding_instalment instalment
                                               where instalment.agreement_id = agreement.id and instalment.due_on <= :today) paid on true
                            where %%s
                            union all
                            select p.funding_scheme_code, %1$s, p.budget_jpy,
                                   case when p.status in ('IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'SUSPENDED') then p.budget_jpy end,
                                   case when p.status = 'CLOSED' then p.budget_jpy end
                            from project p
                            where p.imported and p.funding_scheme_code is not null and %%s)
                        select scheme.code, scheme.name, amounts.jfy,
                               coalesce(sum(amounts.requested), 0), coalesce(sum(amounts.approved), 0), coalesce(sum(amounts.disbursed), 0)
                        from amounts
                        join funding_scheme scheme on scheme.code = amounts.scheme_code
                        group by scheme.code, scheme.name, amounts.jfy
                        order by amounts.jfy, scheme.name""".formatted(JFY_OF_START)))
                .paramSource(parameters)
                .query((rs, row) -> new FundingPipelineRow(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).list();
    }

    /**
     * Rounds due before {@code today} or already reported, and of those the ones whose first
     * progress report came on or before the due day (DD014).
     */
    public FollowUpPunctuality followUpPunctuality(ReportScope scope, JfyRange range, LocalDate today) {
        MapSqlParameterSource parameters = parameters(scope).addValue("today", today);
        return jdbc.sql(scoped(scope, range, """
                        select count(*) filter (where round.due_on < :today or first_report.reported is not null),
                               count(*) filter (where cast(first_report.reported as date) <= round.due_on)
                        from project p
                        join follow_up_round round on round.project_id = p.id
                        left join lateral (select min(progress.reported_at) as reported from follow_up_progress progress
                                           where progress.round_id = round.id) first_report on true
                        where %s"""))
                .paramSource(parameters)
                .query((rs, row) -> new FollowUpPunctuality(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * The statement with the range and scope conditions on {@code p} in place of each {@code %s}.
     * The range's dates are literals, not parameters: after five runs of a prepared statement
     * PostgreSQL may keep a generic plan, which cannot know how many projects a range of parameters
     * covers, assumes a few hundred, and nests loops that took 17 s instead of 2 for an
     * administrator's cycle time over 74,000 projects when it was read from the task history (src/docs/benchmarks.md, "Dashboards"). Dates
     * of a {@link JfyRange} are ISO dates, safe to write into the statement.
     */
    private static String scoped(ReportScope scope, JfyRange range, String statement) {
        // lead, or a member of the lead cooperative: the organisation's own projects
        String where = "p.planned_start >= date '%s' and p.planned_start < date '%s' and %s"
                .formatted(range.firstDay(), range.endExclusive(), scope.projectCondition());
        return statement.replace("%s", where);
    }

    private static MapSqlParameterSource parameters(ReportScope scope) {
        return new MapSqlParameterSource()
                .addValue("organisation", scope.organisationCode());
    }

    /**
     * A query of (code, English name, Japanese name, count) rows over the projects in scope; {@code %s} in it
     * stands for the scope and range.
     */
    private List<CountByItem> countsByItem(ReportScope scope, JfyRange range, String sql) {
        return jdbc.sql(scoped(scope, range, sql)).paramSource(parameters(scope))
                .query((rs, row) -> new CountByItem(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), rs.getLong(4))).list();
    }
}

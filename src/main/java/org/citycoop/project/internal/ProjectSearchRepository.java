package org.citycoop.project.internal;

import org.citycoop.name.Name;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.ReferenceItem;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectActivity;
import org.citycoop.project.ProjectFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The project list: filtered, organisation-scoped and paged in SQL. Every condition is a bound
 * parameter; a filter left empty is dropped from the statement rather than matched by "any".
 */
@Repository
public class ProjectSearchRepository {

    private static final String FROM = ProjectRepository.FROM_PROJECT;

    private final JdbcClient jdbc;

    ProjectSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Project> search(ProjectFilter filter, String organisationCode, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(filter, organisationCode).addValue("offset", offset).addValue("limit", limit);
        return jdbc.sql(ProjectRepository.SELECT_COLUMNS + FROM + where(filter)
                        + " order by p.proposed_at desc, p.id desc offset :offset limit :limit")
                .paramSource(parameters)
                .query(ProjectRepository::map).list();
    }

    public long count(ProjectFilter filter, String organisationCode) {
        return jdbc.sql("select count(*) " + FROM + where(filter))
                .paramSource(parameters(filter, organisationCode))
                .query(Long.class).single();
    }

    /** The fiscal years in which the organisation's projects start, newest first: the choices of the filter. */
    public List<Integer> fiscalYears(String organisationCode) {
        return jdbc.sql("select distinct cast(extract(year from p.planned_start - interval '3 months') as integer) as fy "
                        + FROM + " where " + ProjectRepository.VISIBLE_TO_ORGANISATION + " order by fy desc")
                .param("organisation", organisationCode)
                .query(Integer.class).list();
    }

    public List<ReferenceItem> regions() {
        return jdbc.sql("select code, name from region order by name")
                .query((rs, row) -> new ReferenceItem(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The latest audit entries of the partner city's projects written by anyone outside the partner
     * city, without the entries kept for another organisation only (an agency's screening).
     */
    public List<ProjectActivity> activityOthersDidFor(String partnerCode, int limit) {
        return jdbc.sql("""
                        select p.code, p.title, case when u.id is null then a.actor else u.display_name_en end, u.display_name_ja,
                               a.action, a.detail, a.occurred_at, a.detail_key, a.detail_args
                        from audit_event a
                        join project p on p.id = a.project_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        left join app_user u on u.username = a.actor
                        where partner.code = :partner
                          and (u.organisation_id is null or u.organisation_id <> partner.id)
                          and (a.only_for_organisation is null or a.only_for_organisation = :partner)
                        order by a.occurred_at desc, a.id desc
                        limit :limit""")
                .param("partner", partnerCode)
                .param("limit", limit)
                .query((rs, row) -> new ProjectActivity(rs.getString(1), rs.getString(2),
                        new Name(rs.getString(3), rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        AuditTrail.worded(rs.getString(8), rs.getString(9))))
                .list();
    }

    private static String where(ProjectFilter filter) {
        StringBuilder where = new StringBuilder(" where ").append(ProjectRepository.VISIBLE_TO_ORGANISATION);
        if (filter.status() != null) {
            where.append(" and p.status = :status");
        }
        if (filter.regionCode() != null) {
            where.append(" and country.region_code = :region");
        }
        if (filter.themeCode() != null) {
            where.append(" and p.theme_code = :theme");
        }
        if (filter.partnerCode() != null) {
            where.append(" and partner.code = :partner");
        }
        if (filter.fiscalYear() != null) {
            // a range on the column itself, so an index on planned_start can serve it
            where.append(" and p.planned_start >= :fiscalYearStart and p.planned_start < :fiscalYearEnd");
        }
        return where.toString();
    }

    private static MapSqlParameterSource parameters(ProjectFilter filter, String organisationCode) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("organisation", organisationCode)
                .addValue("status", filter.status() == null ? null : filter.status().name())
                .addValue("region", filter.regionCode())
                .addValue("theme", filter.themeCode())
                .addValue("partner", filter.partnerCode());
        if (filter.fiscalYear() != null) {
            parameters.addValue("fiscalYearStart", LocalDate.of(filter.fiscalYear(), 4, 1))
                    .addValue("fiscalYearEnd", LocalDate.of(filter.fiscalYear() + 1, 4, 1));
        }
        return parameters;
    }
}

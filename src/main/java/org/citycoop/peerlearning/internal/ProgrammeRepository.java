package org.citycoop.peerlearning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.citycoop.indicator.Indicator;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.citycoop.peerlearning.ProgrammeCity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProgrammeRepository {

    private static final String SELECT = """
            select p.id, p.code, p.name_en, p.name_ja, p.description,
                   agency.name_en as agency_name_en, agency.name_ja as agency_name_ja
            from programme p left join organisation agency on agency.id = p.funding_agency_id
            """;

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeRow> all() {
        return jdbc.sql(SELECT + " order by coalesce(p.name_en, p.name_ja)").query(ProgrammeRepository::programme).list();
    }

    public Optional<ProgrammeRow> find(String code) {
        return jdbc.sql(SELECT + " where p.code = :code").param("code", code).query(ProgrammeRepository::programme).optional();
    }

    private static ProgrammeRow programme(ResultSet rs, int row) throws SQLException {
        return new ProgrammeRow(rs.getLong("id"), rs.getString("code"), NameColumns.read(rs, "name"), rs.getString("description"),
                rs.getString("agency_name_en") == null && rs.getString("agency_name_ja") == null ? null
                        : NameColumns.read(rs, "agency_name"));
    }

    /** The code of the programme's funding agency, null for a programme without one. */
    public String fundingAgencyCode(long programmeId) {
        return jdbc.sql("select agency.code from programme p join organisation agency on agency.id = p.funding_agency_id where p.id = :id")
                .param("id", programmeId).query(String.class).optional().orElse(null);
    }

    public List<Indicator> indicators(long programmeId) {
        return jdbc.sql("""
                        select indicator.code, indicator.name, indicator.name_ja, indicator.unit, indicator.direction, indicator.theme_code
                        from programme_indicator common join indicator on indicator.code = common.indicator_code
                        where common.programme_id = :programme order by indicator.theme_code nulls last, indicator.name""")
                .param("programme", programmeId)
                .query((rs, row) -> new Indicator(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), rs.getString(4),
                        Indicator.Direction.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    public List<ParticipatingProject> projects(long programmeId) {
        return jdbc.sql("""
                        select p.id, p.code, p.title, partner.name_en as city_en, partner.name_ja as city_ja,
                               country.name as country_en, country.name_ja as country_ja,
                               lead.name_en as lead_en, lead.name_ja as lead_ja
                        from programme_project member
                        join project p on p.id = member.project_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        join organisation lead on lead.id = p.lead_organisation_id
                        join country on country.iso2 = partner.country_iso2
                        where member.programme_id = :programme order by partner.name_en, p.code""")
                .param("programme", programmeId)
                .query((rs, row) -> new ParticipatingProject(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        new ProgrammeCity(NameColumns.read(rs, "city"), NameColumns.read(rs, "country"), NameColumns.read(rs, "lead"))))
                .list();
    }

    /** The organisation takes part in a project of the programme (lead, partner city, member of the lead cooperative) or funds it. */
    public boolean isMember(long programmeId, String organisationCode) {
        return jdbc.sql("""
                        select exists (
                            select 1 from programme_project member
                            join project p on p.id = member.project_id
                            join organisation lead on lead.id = p.lead_organisation_id
                            join organisation partner on partner.id = p.partner_organisation_id
                            left join organisation cooperative_member on cooperative_member.cooperative_id = lead.id
                                and cooperative_member.code = :organisation
                            where member.programme_id = :programme
                              and (lead.code = :organisation or partner.code = :organisation or cooperative_member.id is not null))
                        or exists (select 1 from programme p join organisation agency on agency.id = p.funding_agency_id
                                   where p.id = :programme and agency.code = :organisation)""")
                .param("programme", programmeId)
                .param("organisation", organisationCode)
                .query(Boolean.class).single();
    }

    /** Adds the programme or replaces the one with its code, projects and indicators included; returns its id. */
    public long save(String code, Name name, String description, Long fundingAgencyId, List<Long> projectIds, List<String> indicatorCodes) {
        long id = jdbc.sql("""
                        insert into programme (code, name_en, name_ja, description, funding_agency_id)
                        values (:code, :en, :ja, :description, :agency)
                        on conflict (code) do update set name_en = excluded.name_en, name_ja = excluded.name_ja,
                            description = excluded.description, funding_agency_id = excluded.funding_agency_id
                        returning id""")
                .param("code", code).param("en", name.en()).param("ja", name.ja()).param("description", description)
                .param("agency", fundingAgencyId)
                .query(Long.class).single();
        jdbc.sql("delete from programme_project where programme_id = :id").param("id", id).update();
        jdbc.sql("delete from programme_indicator where programme_id = :id").param("id", id).update();
        projectIds.forEach(project -> jdbc.sql("insert into programme_project (programme_id, project_id) values (:id, :project)")
                .param("id", id).param("project", project).update());
        indicatorCodes.forEach(indicator -> jdbc.sql("insert into programme_indicator (programme_id, indicator_code) values (:id, :code)")
                .param("id", id).param("code", indicator).update());
        return id;
    }

    public record ProgrammeRow(long id, String code, Name name, String description, Name fundingAgency) {
    }

    public record ParticipatingProject(long id, String code, String title, ProgrammeCity city) {
    }
}

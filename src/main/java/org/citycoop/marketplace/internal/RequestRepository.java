package org.citycoop.marketplace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.RequestAnswer;
import org.citycoop.marketplace.RequestComment;
import org.citycoop.marketplace.RequestDraft;
import org.citycoop.marketplace.RequestForm;
import org.citycoop.marketplace.RequestStatus;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RequestRepository {

    private static final String SELECT = """
            select r.id, requester.code as requester_code, requester.name_en as requester_name_en,
                   requester.name_ja as requester_name_ja, r.title, r.problem, r.theme_code, theme.name as theme_name,
                   city.code as city_code, coalesce(city.name_en, r.city_name) as city_name_en,
                   case when city.id is null then null else city.name_ja end as city_name_ja,
                   r.country_iso2, country.name as country_name_en, country.name_ja as country_name_ja, country.region_code,
                   r.expected_outcomes, r.preferred_forms, r.timing_from, r.timing_to, r.languages, r.status,
                   project.code as project_code, r.submitted_by, r.submitted_at
            from cooperation_request r
            join organisation requester on requester.id = r.requester_organisation_id
            join theme on theme.code = r.theme_code
            join country on country.iso2 = r.country_iso2
            left join organisation city on city.id = r.city_organisation_id
            left join project on project.id = r.project_id
            """;

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String requesterCode, RequestDraft draft, String submittedBy) {
        return jdbc.sql("""
                        insert into cooperation_request (requester_organisation_id, submitted_by, title, problem, theme_code,
                            city_organisation_id, city_name, country_iso2, expected_outcomes, preferred_forms, timing_from,
                            timing_to, languages, status)
                        values ((select id from organisation where code = :requester), :submittedBy, :title, :problem, :theme,
                            (select id from organisation where code = :city), :cityName, :country, :outcomes,
                            %s, :from, :to, %s, 'OPEN')
                        returning id""".formatted(TextArrays.split(":forms"), TextArrays.split(":languages")))
                .param("requester", requesterCode).param("submittedBy", submittedBy)
                .param("title", draft.title().strip()).param("problem", draft.problem().strip())
                .param("theme", draft.themeCode()).param("city", blankToNull(draft.cityCode()))
                .param("cityName", draft.cityCode() == null || draft.cityCode().isBlank() ? draft.cityName().strip() : null)
                .param("country", draft.countryIso2()).param("outcomes", draft.expectedOutcomes().strip())
                .param("forms", TextArrays.join(draft.preferredForms().stream().sorted().toList()))
                .param("from", draft.timingFrom().atDay(1)).param("to", draft.timingTo().atDay(1))
                .param("languages", TextArrays.join(draft.languages()))
                .query(Long.class).single();
    }

    public Optional<CooperationRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(RequestRepository::map).optional();
    }

    /**
     * Requests by newest first: of one requester organisation when {@code requesterCode} is given, else
     * those in {@code statuses}; narrowed by theme and country when given.
     */
    public List<CooperationRequest> search(String requesterCode, List<RequestStatus> statuses, String themeCode, String countryIso2) {
        return jdbc.sql(SELECT + """
                         where (cast(:requester as varchar) is null or requester.code = :requester)
                           and r.status in (:statuses)
                           and (cast(:theme as varchar) is null or r.theme_code = :theme)
                           and (cast(:country as varchar) is null or r.country_iso2 = :country)
                         order by r.submitted_at desc, r.id desc limit 500""")
                .param("requester", requesterCode).param("statuses", statuses.stream().map(Enum::name).toList())
                .param("theme", blankToNull(themeCode)).param("country", blankToNull(countryIso2))
                .query(RequestRepository::map).list();
    }

    public void updateStatus(long id, RequestStatus status) {
        jdbc.sql("update cooperation_request set status = :status where id = :id").param("id", id).param("status", status.name()).update();
    }

    public void linkProject(long id, long projectId) {
        jdbc.sql("update cooperation_request set status = 'IN_PROJECT', project_id = :project where id = :id")
                .param("id", id).param("project", projectId).update();
    }

    /** Records the organisation's answer; false when it had answered already. */
    public boolean insertAnswer(long requestId, String organisationCode, String answeredBy, String message) {
        return jdbc.sql("""
                        insert into cooperation_request_answer (request_id, organisation_id, answered_by, message)
                        values (:request, (select id from organisation where code = :organisation), :answeredBy, :message)
                        on conflict (request_id, organisation_id) do nothing""")
                .param("request", requestId).param("organisation", organisationCode).param("answeredBy", answeredBy)
                .param("message", message).update() == 1;
    }

    public List<RequestAnswer> answers(long requestId) {
        return jdbc.sql("""
                        select o.code, o.name_en as organisation_name_en, o.name_ja as organisation_name_ja, a.answered_by,
                               a.message, a.answered_at
                        from cooperation_request_answer a join organisation o on o.id = a.organisation_id
                        where a.request_id = :request order by a.answered_at, a.id""")
                .param("request", requestId)
                .query((rs, row) -> new RequestAnswer(rs.getString("code"), NameColumns.read(rs, "organisation_name"),
                        rs.getString("answered_by"), rs.getString("message"), rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    public void insertComment(long requestId, String author, String body) {
        jdbc.sql("insert into cooperation_request_comment (request_id, author, body) values (:request, :author, :body)")
                .param("request", requestId).param("author", author).param("body", body).update();
    }

    public List<RequestComment> comments(long requestId) {
        return jdbc.sql("""
                        select c.author, u.display_name_en as author_name_en, u.display_name_ja as author_name_ja,
                               o.name_en as organisation_name_en, o.name_ja as organisation_name_ja, c.body, c.written_at
                        from cooperation_request_comment c
                        join app_user u on u.username = c.author join organisation o on o.id = u.organisation_id
                        where c.request_id = :request order by c.written_at, c.id""")
                .param("request", requestId)
                .query((rs, row) -> new RequestComment(rs.getString("author"), NameColumns.read(rs, "author_name"),
                        NameColumns.read(rs, "organisation_name"), rs.getString("body"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    private static CooperationRequest map(ResultSet rs, int row) throws SQLException {
        return new CooperationRequest(rs.getLong("id"), rs.getString("requester_code"), NameColumns.read(rs, "requester_name"),
                rs.getString("title"), rs.getString("problem"), rs.getString("theme_code"), rs.getString("theme_name"),
                rs.getString("city_code"), NameColumns.read(rs, "city_name"), rs.getString("country_iso2"),
                NameColumns.read(rs, "country_name"), rs.getString("region_code"), rs.getString("expected_outcomes"),
                TextArrays.read(rs, "preferred_forms").stream().map(RequestForm::valueOf).collect(Collectors.toSet()),
                YearMonth.from(rs.getDate("timing_from").toLocalDate()), YearMonth.from(rs.getDate("timing_to").toLocalDate()),
                TextArrays.read(rs, "languages"), RequestStatus.valueOf(rs.getString("status")), rs.getString("project_code"),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

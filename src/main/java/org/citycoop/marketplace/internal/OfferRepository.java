package org.citycoop.marketplace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citycoop.marketplace.CooperationOffer;
import org.citycoop.marketplace.OfferDraft;
import org.citycoop.name.NameColumns;
import org.citycoop.organisation.OrganisationKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfferRepository {

    private static final String SELECT = """
            select f.id, o.code as organisation_code, o.name_en as organisation_name_en, o.name_ja as organisation_name_ja,
                   o.kind as organisation_kind, f.title, f.theme_code, theme.name as theme_name, f.description, f.keywords,
                   f.reference_projects, f.experience_countries, f.languages, f.trainees_per_year,
                   f.specialist_weeks_per_year, f.products
            from cooperation_offer f
            join organisation o on o.id = f.organisation_id
            join theme on theme.code = f.theme_code
            """;

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String organisationCode, OfferDraft draft, String updatedBy) {
        return jdbc.sql("""
                        insert into cooperation_offer (organisation_id, title, theme_code, description, keywords,
                            reference_projects, experience_countries, languages, trainees_per_year, specialist_weeks_per_year,
                            products, updated_by)
                        values ((select id from organisation where code = :organisation), :title, :theme, :description,
                            %s, %s, %s, %s, :trainees, :weeks, :products, :updatedBy)
                        returning id""".formatted(TextArrays.split(":keywords"), TextArrays.split(":references"),
                        TextArrays.split(":countries"), TextArrays.split(":languages")))
                .paramSource(new DraftParameters(draft).with("organisation", organisationCode).with("updatedBy", updatedBy).source())
                .query(Long.class).single();
    }

    public void update(long id, OfferDraft draft, String updatedBy) {
        jdbc.sql("""
                        update cooperation_offer set title = :title, theme_code = :theme, description = :description,
                            keywords = %s, reference_projects = %s, experience_countries = %s, languages = %s,
                            trainees_per_year = :trainees, specialist_weeks_per_year = :weeks, products = :products,
                            updated_by = :updatedBy, updated_at = now()
                        where id = :id""".formatted(TextArrays.split(":keywords"), TextArrays.split(":references"),
                        TextArrays.split(":countries"), TextArrays.split(":languages")))
                .paramSource(new DraftParameters(draft).with("id", id).with("updatedBy", updatedBy).source())
                .update();
    }

    public Optional<CooperationOffer> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(OfferRepository::map).optional();
    }

    /** Offers by title, narrowed by theme, country of experience and organisation when given. */
    public List<CooperationOffer> search(String themeCode, String countryIso2, String organisationCode) {
        return jdbc.sql(SELECT + """
                         where (cast(:theme as varchar) is null or f.theme_code = :theme)
                           and (cast(:country as varchar) is null or :country = any(f.experience_countries))
                           and (cast(:organisation as varchar) is null or o.code = :organisation)
                         order by f.title, f.id limit 500""")
                .param("theme", RequestRepository.blankToNull(themeCode))
                .param("country", RequestRepository.blankToNull(countryIso2))
                .param("organisation", RequestRepository.blankToNull(organisationCode))
                .query(OfferRepository::map).list();
    }

    /** The enabled officers of the organisations, to tell them of a request that matches their offers. */
    public List<String> officersOf(Collection<String> organisationCodes) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.username from app_user u join organisation o on o.id = u.organisation_id
                        join app_user_role r on r.user_id = u.id
                        where o.code in (:organisations) and r.role = 'officer' and u.enabled order by u.username""")
                .param("organisations", organisationCodes).query(String.class).list();
    }

    private static CooperationOffer map(ResultSet rs, int row) throws SQLException {
        return new CooperationOffer(rs.getLong("id"), rs.getString("organisation_code"), NameColumns.read(rs, "organisation_name"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")), rs.getString("title"), rs.getString("theme_code"),
                rs.getString("theme_name"), rs.getString("description"), TextArrays.read(rs, "keywords"),
                TextArrays.read(rs, "reference_projects"), TextArrays.read(rs, "experience_countries"),
                TextArrays.read(rs, "languages"), rs.getInt("trainees_per_year"), rs.getInt("specialist_weeks_per_year"),
                rs.getString("products"));
    }

    /** The parameters of an offer's columns, shared by insert and update. */
    private static final class DraftParameters {

        private final MapSqlParameterSource source =
                new MapSqlParameterSource();

        DraftParameters(OfferDraft draft) {
            source.addValue("title", draft.title().strip()).addValue("theme", draft.themeCode())
                    .addValue("description", draft.description().strip()).addValue("keywords", TextArrays.join(draft.keywords()))
                    .addValue("references", TextArrays.join(draft.referenceProjects()))
                    .addValue("countries", TextArrays.join(draft.experienceCountries()))
                    .addValue("languages", TextArrays.join(draft.languages()))
                    .addValue("trainees", draft.traineesPerYear()).addValue("weeks", draft.specialistWeeksPerYear())
                    .addValue("products", RequestRepository.blankToNull(draft.products()));
        }

        DraftParameters with(String name, Object value) {
            source.addValue(name, value);
            return this;
        }

        MapSqlParameterSource source() {
            return source;
        }
    }
}

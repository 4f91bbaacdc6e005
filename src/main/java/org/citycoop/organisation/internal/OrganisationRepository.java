package org.citycoop.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.citycoop.name.Name;
import org.citycoop.organisation.ConsentRule;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private static final String SELECT = """
            select o.id, o.code, o.name_en, o.name_ja, o.kind, o.country_iso2, c.name as country_name,
                   c.name_ja as country_name_ja, c.region_code,
                   coop.code as cooperative_code, o.consent_rule
            from organisation o
            join country c on c.iso2 = o.country_iso2
            left join organisation coop on coop.id = o.cooperative_id
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql(SELECT + " where o.code = :code").param("code", code).query(OrganisationRepository::map).optional();
    }

    public List<Organisation> findByKind(OrganisationKind kind) {
        return jdbc.sql(SELECT + " where o.kind = :kind order by o.name").param("kind", kind.name())
                .query(OrganisationRepository::map).list();
    }

    public List<Organisation> findMembersOf(String cooperativeCode) {
        return jdbc.sql(SELECT + " where coop.code = :code order by o.name").param("code", cooperativeCode)
                .query(OrganisationRepository::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    public void insert(NewOrganisation organisation) {
        jdbc.sql("""
                        insert into organisation (code, name_en, name_ja, kind, country_iso2, cooperative_id, consent_rule)
                        values (:code, :nameEn, :nameJa, :kind, :country,
                                (select id from organisation where code = :cooperative), :consentRule)""")
                .param("code", organisation.code())
                .param("nameEn", organisation.name().en())
                .param("nameJa", organisation.name().ja())
                .param("kind", organisation.kind().name())
                .param("country", organisation.countryIso2())
                .param("cooperative", organisation.cooperativeCode())
                .param("consentRule", organisation.consentRule() == null ? null : organisation.consentRule().name())
                .update();
    }

    public Optional<String> findIatiIdentifier(String code) {
        return jdbc.sql("select iati_identifier from organisation where code = :code and iati_identifier is not null")
                .param("code", code).query(String.class).optional();
    }

    public Optional<String> findCodeByIatiIdentifier(String iatiIdentifier) {
        return jdbc.sql("select code from organisation where iati_identifier = :identifier")
                .param("identifier", iatiIdentifier).query(String.class).optional();
    }

    public void updateIatiIdentifier(String code, String iatiIdentifier) {
        jdbc.sql("update organisation set iati_identifier = :identifier where code = :code")
                .param("identifier", iatiIdentifier).param("code", code).update();
    }

    public void updateNames(String code, Name name) {
        jdbc.sql("update organisation set name_en = :nameEn, name_ja = :nameJa where code = :code")
                .param("nameEn", name.en()).param("nameJa", name.ja()).param("code", code).update();
    }

    public Set<String> countryCodes() {
        return Set.copyOf(jdbc.sql("select iso2 from country").query(String.class).list());
    }

    public List<Organisation> findAll() {
        return jdbc.sql(SELECT + " order by o.kind, o.name").query(OrganisationRepository::map).list();
    }

    /** The recorded IATI organisation identifiers by organisation code. */
    public Map<String, String> iatiIdentifiers() {
        return jdbc.sql("select code, iati_identifier from organisation where iati_identifier is not null")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Map<String, OrganisationKind> kindsByCode() {
        return jdbc.sql("select code, kind from organisation").query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> OrganisationKind.valueOf(entry.getValue())));
    }

    /** Creates the organisation or updates the one with its code; a cooperative keeps the consent rule it has. */
    public void upsertWithoutCooperative(NewOrganisation organisation) {
        jdbc.sql("""
                        insert into organisation (code, name_en, name_ja, kind, country_iso2, consent_rule)
                        values (:code, :nameEn, :nameJa, :kind, :country, :consentRule)
                        on conflict (code) do update set name_en = excluded.name_en, name_ja = excluded.name_ja, kind = excluded.kind,
                            country_iso2 = excluded.country_iso2,
                            consent_rule = case when excluded.kind = 'COOPERATIVE'
                                                then coalesce(organisation.consent_rule, excluded.consent_rule) end""")
                .param("code", organisation.code())
                .param("nameEn", organisation.name().en())
                .param("nameJa", organisation.name().ja())
                .param("kind", organisation.kind().name())
                .param("country", organisation.countryIso2())
                .param("consentRule", organisation.consentRule() == null ? null : organisation.consentRule().name())
                .update();
    }

    public void updateCooperative(NewOrganisation organisation) {
        jdbc.sql("""
                        update organisation set cooperative_id = (select id from organisation where code = :cooperative)
                        where code = :code""")
                .param("code", organisation.code())
                .param("cooperative", organisation.cooperativeCode())
                .update();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        String consentRule = rs.getString("consent_rule");
        return new Organisation(rs.getLong("id"), rs.getString("code"), new Name(rs.getString("name_en"), rs.getString("name_ja")),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country_iso2"),
                new Name(rs.getString("country_name"), rs.getString("country_name_ja")), rs.getString("region_code"), rs.getString("cooperative_code"),
                consentRule == null ? null : ConsentRule.valueOf(consentRule));
    }
}

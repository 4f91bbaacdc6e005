package org.citycoop.peerlearning.internal;

import java.util.List;
import java.util.Optional;
import org.citycoop.name.NameColumns;
import org.citycoop.peerlearning.Country;
import org.citycoop.peerlearning.OrganisationChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Look-ups of the register that the records refer to: countries, organisations and projects by code. */
@Repository
public class ReferenceRepository {

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Country> countries() {
        return jdbc.sql("select iso2, name as name_en, name_ja, region_code from country order by name")
                .query((rs, row) -> new Country(rs.getString("iso2"), NameColumns.read(rs, "name"), rs.getString("region_code")))
                .list();
    }

    public List<OrganisationChoice> organisations() {
        return jdbc.sql("select code, name_en, name_ja from organisation order by coalesce(name_en, name_ja)")
                .query((rs, row) -> new OrganisationChoice(rs.getString("code"), NameColumns.read(rs, "name"))).list();
    }

    public Optional<Long> organisationId(String code) {
        return jdbc.sql("select id from organisation where code = :code").param("code", code).query(Long.class).optional();
    }

    public Optional<Long> projectId(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).optional();
    }

    public boolean isCountry(String iso2) {
        return jdbc.sql("select exists (select 1 from country where iso2 = :iso2)").param("iso2", iso2).query(Boolean.class).single();
    }
}

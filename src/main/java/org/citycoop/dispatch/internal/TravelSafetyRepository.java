package org.citycoop.dispatch.internal;

import org.citycoop.name.Name;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.citycoop.dispatch.TravelSafety;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Travel-safety levels per country (reference data); every country of the country table, with or without a level. */
@Repository
public class TravelSafetyRepository {

    private static final String SELECT = """
            select c.iso2, c.name, c.name_ja, t.level, t.updated_by, t.updated_at
            from country c left join travel_safety_level t on t.country_iso2 = c.iso2
            """;

    private final JdbcClient jdbc;

    TravelSafetyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TravelSafety> all() {
        return jdbc.sql(SELECT + " order by c.name").query((rs, row) -> map(rs)).list();
    }

    public Optional<TravelSafety> of(String iso2) {
        return jdbc.sql(SELECT + " where c.iso2 = :iso2").param("iso2", iso2).query((rs, row) -> map(rs)).optional();
    }

    public void save(String iso2, int level, String updatedBy) {
        jdbc.sql("""
                        insert into travel_safety_level (country_iso2, level, updated_by) values (:iso2, :level, :by)
                        on conflict (country_iso2) do update set level = excluded.level, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .param("iso2", iso2).param("level", level).param("by", updatedBy).update();
    }

    private static TravelSafety map(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp(6);
        return new TravelSafety(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), rs.getObject(4, Integer.class), rs.getString(5),
                updated == null ? null : updated.toInstant());
    }
}

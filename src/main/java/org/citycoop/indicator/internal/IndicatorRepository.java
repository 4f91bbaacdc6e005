package org.citycoop.indicator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.citycoop.indicator.Indicator;
import org.citycoop.name.Name;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IndicatorRepository {

    private static final String SELECT = "select code, name, name_ja, unit, direction, theme_code from indicator";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return jdbc.sql(SELECT + " order by code").query(IndicatorRepository::indicator).list();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(IndicatorRepository::indicator).optional();
    }

    /** Adds the indicator or updates the one with its code. */
    public void save(Indicator indicator) {
        jdbc.sql("""
                        insert into indicator (code, name, name_ja, unit, direction, theme_code)
                        values (:code, :name, :nameJa, :unit, :direction, :theme)
                        on conflict (code) do update
                        set name = excluded.name, name_ja = excluded.name_ja, unit = excluded.unit, direction = excluded.direction,
                            theme_code = excluded.theme_code""")
                .param("code", indicator.code())
                .param("name", indicator.name().en())
                .param("nameJa", indicator.name().ja())
                .param("unit", indicator.unit())
                .param("direction", indicator.direction().name())
                .param("theme", indicator.themeCode())
                .update();
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), rs.getString(4),
                Indicator.Direction.valueOf(rs.getString(5)), rs.getString(6));
    }
}

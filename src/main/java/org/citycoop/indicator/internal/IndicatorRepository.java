package org.citycoop.indicator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.citycoop.indicator.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IndicatorRepository {

    private static final String SELECT = "select code, name, unit, direction, theme_code from indicator";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return jdbc.sql(SELECT + " order by theme_code nulls last, name").query(IndicatorRepository::indicator).list();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(IndicatorRepository::indicator).optional();
    }

    /** Adds the indicator or updates the one with its code. */
    public void save(Indicator indicator) {
        jdbc.sql("""
                        insert into indicator (code, name, unit, direction, theme_code)
                        values (:code, :name, :unit, :direction, :theme)
                        on conflict (code) do update
                        set name = excluded.name, unit = excluded.unit, direction = excluded.direction,
                            theme_code = excluded.theme_code""")
                .param("code", indicator.code())
                .param("name", indicator.name())
                .param("unit", indicator.unit())
                .param("direction", indicator.direction().name())
                .param("theme", indicator.themeCode())
                .update();
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                Indicator.Direction.valueOf(rs.getString(4)), rs.getString(5));
    }
}

package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fault test's own database seen from the test, outside any Spring context: plain JDBC on a
 * connection named {@value #TEST_CONNECTION} (so that the test can tell its own sessions from the
 * application's), every value read as text.
 */
final class FaultDatabase {

    static final String TEST_CONNECTION = "fault-test";

    private final String jdbcUrl;

    FaultDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The address an application node connects to, its sessions named {@code name} in {@code pg_stat_activity}. */
    String urlFor(String name) {
        return jdbcUrl + "&ApplicationName=" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(urlFor(TEST_CONNECTION));
    }

    long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(row(sql.replaceFirst("count\\(\\*\\)", "count(*)::text"), parameters).get(0));
    }

    List<String> row(String sql, Object... parameters) throws SQLException {
        List<List<String>> rows = rows(sql, parameters);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    List<String> column(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(found -> found.get(0)).toList();
    }

    List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect()) {
            return rows(connection, sql, parameters);
        }
    }

    static List<String> column(Connection connection, String sql) throws SQLException {
        return rows(connection, sql).stream().map(found -> found.get(0)).toList();
    }

    static List<List<String>> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet result = statement.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    values.add(result.getString(column));
                }
                rows.add(values);
            }
            return rows;
        }
    }

    static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}

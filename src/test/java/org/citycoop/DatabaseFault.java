package org.citycoop;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fault of a test's making: PostgreSQL refuses one kind of write to chosen rows of a table (a
 * trigger raising {@code message}), as an outage would make that write fail, until {@link #remove()}.
 */
public final class DatabaseFault {

    private final JdbcClient jdbc;
    private final String name;
    private final String table;

    private DatabaseFault(JdbcClient jdbc, String name, String table) {
        this.jdbc = jdbc;
        this.name = name;
        this.table = table;
    }

    /**
     * Refuses every {@code operation} ({@code insert}, {@code update}, {@code delete}) on {@code table}
     * for the rows that meet {@code rowCondition} (a trigger's {@code when}, e.g. {@code old.id = 42}).
     */
    public static DatabaseFault refuse(JdbcClient jdbc, String name, String operation, String table, String rowCondition,
                                       String message) {
        jdbc.sql("create or replace function " + name + "() returns trigger language plpgsql as $$ begin raise exception '"
                + message + "'; end $$").update();
        jdbc.sql("create trigger " + name + " before " + operation + " on " + table + " for each row when (" + rowCondition
                + ") execute function " + name + "()").update();
        return new DatabaseFault(jdbc, name, table);
    }

    /** The writes succeed again (idempotent). */
    public void remove() {
        jdbc.sql("drop trigger if exists " + name + " on " + table).update();
        jdbc.sql("drop function if exists " + name + "()").update();
    }
}

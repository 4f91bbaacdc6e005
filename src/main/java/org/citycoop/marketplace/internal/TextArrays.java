package org.citycoop.marketplace.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The marketplace's lists are PostgreSQL text arrays (V29). They go in as one string joined by the
 * unit separator, which no typed value contains, and {@link #SPLIT} makes the array of it in SQL:
 * plain parameters, whatever the driver does with Java arrays.
 */
final class TextArrays {

    static final String SEPARATOR = "\u001f";
    /** {@code string_to_array(<param>, chr(31))}: the array of a joined parameter; '' gives the empty array. */
    static final String SPLIT = "string_to_array(%s, chr(31))";

    private TextArrays() {
    }

    static String join(Collection<?> values) {
        return String.join(SEPARATOR, values.stream().map(String::valueOf).toList());
    }

    static String split(String parameter) {
        return SPLIT.formatted(parameter);
    }

    static List<String> read(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

package org.citycoop.name;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a {@link Name} from a query that selects both forms as {@code <prefix>_en} and
 * {@code <prefix>_ja} (e.g. {@code partner.name_en as partner_name_en}): the screens choose the form, so
 * queries fetch both in the same row instead of asking again per name.
 */
public final class NameColumns {

    private NameColumns() {
    }

    public static Name read(ResultSet rs, String prefix) throws SQLException {
        return new Name(rs.getString(prefix + "_en"), rs.getString(prefix + "_ja"));
    }
}

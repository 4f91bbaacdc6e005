package org.citycoop.indicator;

import org.citycoop.name.Name;

/**
 * An indicator of the library: e.g. recycling rate in %, where higher is better. Its name has an English
 * form (required: IATI and audit write it) and a Japanese one; screens show the reader's (DD032).
 */
public record Indicator(String code, Name name, String unit, Direction direction, String themeCode) {

    /** Which way is progress. */
    public enum Direction {
        HIGHER, LOWER
    }
}

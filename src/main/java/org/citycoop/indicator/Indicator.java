package org.citycoop.indicator;

/** An indicator of the library: e.g. recycling rate in %, where higher is better. */
public record Indicator(String code, String name, String unit, Direction direction, String themeCode) {

    /** Which way is progress. */
    public enum Direction {
        HIGHER, LOWER
    }
}

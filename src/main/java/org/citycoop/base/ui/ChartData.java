package org.citycoop.base.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Chart} shows: its kind, the labels along the category axis, the series of values
 * (one value per label; {@code null} where there is none), the title of the value axis, and a
 * one-sentence summary that names the chart for screen readers. Sent to the browser as JSON, so
 * that no text of the data ever becomes code or markup there.
 */
public record ChartData(Kind kind, List<String> labels, List<Series> series, String valueAxis, String summary) {

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A chart needs a summary: it is what a screen reader says instead of the picture");
        }
        for (Series one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }

    /**
     * Whether every value is of a whole-number type (counts, yen amounts): the value axis then steps
     * by whole numbers (no 0.5 projects for small counts).
     */
    @JsonProperty
    public boolean wholeNumbers() {
        return series.stream().flatMap(one -> one.values().stream())
                .allMatch(value -> value == null || value instanceof Integer || value instanceof Long);
    }

    public enum Kind {
        BAR, LINE;

        /** chart.js's name of the kind. */
        @JsonValue
        public String chartJsType() {
            return name().toLowerCase();
        }
    }

    /**
     * A named row of values; a {@code reference} series (a baseline, a target) is drawn as a dashed
     * line without points, apart from the measured values.
     */
    public record Series(String name, List<? extends Number> values, boolean reference) {

        public Series {
            Objects.requireNonNull(name, "name");
            // List.copyOf refuses nulls, and a null is a gap in the series
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Series measured(String name, List<? extends Number> values) {
            return new Series(name, values, false);
        }

        /** The same value at every label, e.g. a target line. */
        public static Series reference(String name, Number value, int labels) {
            return new Series(name, Collections.nCopies(labels, value), true);
        }
    }
}

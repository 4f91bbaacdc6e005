package org.citycoop.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Projects by the partner's region and fiscal year: one row per fiscal year of the range, every
 * region in every row (zeros included), in the order of the research tables ({@code regions}).
 */
public record RegionsByYear(int fromJfy, int toJfy, List<String> regions, List<Row> rows, Map<String, Long> totals, long total) {

    public record Row(int jfy, Map<String, Long> counts, long total) {
    }
}

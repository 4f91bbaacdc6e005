package org.citycoop.project.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectStatus;

/**
 * The project filter in the address bar ({@code ?status=&region=&theme=&partner=&fy=}), the same
 * names the CSV export takes: a filtered list can be bookmarked, shared and exported. Values
 * that do not parse are dropped, never an error.
 */
final class ProjectFilterParameters {

    static final String CSV_PATH = "/api/projects.csv";

    private ProjectFilterParameters() {
    }

    static ProjectFilter read(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        return ProjectFilter.any()
                .withStatus(status(first(values, "status")))
                .withRegion(first(values, "region"))
                .withTheme(first(values, "theme"))
                .withPartner(first(values, "partner"))
                .withFiscalYear(year(first(values, "fy")));
    }

    static QueryParameters write(ProjectFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        putIfSet(values, "status", filter.status() == null ? null : filter.status().name());
        putIfSet(values, "region", filter.regionCode());
        putIfSet(values, "theme", filter.themeCode());
        putIfSet(values, "partner", filter.partnerCode());
        putIfSet(values, "fy", filter.fiscalYear() == null ? null : String.valueOf(filter.fiscalYear()));
        return QueryParameters.simple(values);
    }

    static String csvLink(ProjectFilter filter) {
        String query = write(filter).getQueryString();
        return query.isEmpty() ? CSV_PATH : CSV_PATH + "?" + query;
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }

    private static ProjectStatus status(String value) {
        return Arrays.stream(ProjectStatus.values()).filter(status -> status.name().equals(value))
                .findFirst().orElse(null);
    }

    private static Integer year(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }
}

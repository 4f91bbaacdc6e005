package org.citycoop.dashboard;

import java.util.List;
import org.citycoop.name.Name;

/** Projects by lead organisation, most projects first, each with its share of the total (0 to 1). */
public record LeadOrganisations(long total, List<Row> rows) {

    public record Row(String code, Name name, long projects, double share) {
    }
}

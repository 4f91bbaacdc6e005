package org.citycoop.marketplace;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.citycoop.name.Name;

/**
 * A request for cooperation as submitted. {@code cityCode} is the registered partner city, or null
 * when the city is named only ({@code city} then holds the name given).
 */
public record CooperationRequest(long id, String requesterCode, Name requesterName, String title, String problem,
                                 String themeCode, String themeName, String cityCode, Name city, String countryIso2,
                                 Name countryName, String region, String expectedOutcomes, Set<RequestForm> preferredForms,
                                 YearMonth timingFrom, YearMonth timingTo, List<String> languages, RequestStatus status,
                                 String projectCode, String submittedBy, Instant submittedAt) {

    public CooperationRequest {
        preferredForms = Set.copyOf(preferredForms);
        languages = List.copyOf(languages);
    }
}

package org.citycoop.marketplace;

import java.util.List;
import java.util.Map;
import org.citycoop.name.Name;

/**
 * The cooperation framework of a partner country: national priorities by theme code, the funding
 * schemes open to it, whom to contact, and the travel-safety level (1-4 as the Ministry of Foreign
 * Affairs publishes it; null while none is recorded).
 */
public record CountryFramework(String countryIso2, Name countryName, String region, Map<String, String> priorities,
                               List<String> schemeCodes, String contacts, Integer travelSafetyLevel, boolean recorded) {

    public CountryFramework {
        priorities = Map.copyOf(priorities);
        schemeCodes = List.copyOf(schemeCodes);
    }
}

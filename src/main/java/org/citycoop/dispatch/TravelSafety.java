package org.citycoop.dispatch;

import org.citycoop.name.Name;
import java.time.Instant;

/**
 * The travel-safety level of a country: 1 exercise caution, 2 avoid non-essential travel, 3 avoid
 * all travel, 4 evacuate. {@code level} is null for a country without a recorded level.
 */
public record TravelSafety(String countryIso2, Name countryName, Integer level, String updatedBy, Instant updatedAt) {

    /** The lowest level at which a dispatch is blocked. */
    public static final int BLOCKING_LEVEL = 3;

    public boolean blocksTravel() {
        return level == null || level >= BLOCKING_LEVEL;
    }
}

package org.citycoop.iati;

import java.util.Map;

/**
 * The OECD DAC 5-digit purpose code (IATI sector vocabulary 1) of a project theme (DD017). A theme
 * without its own code reports as environmental policy, the broadest code that still fits a
 * city-to-city environmental project.
 */
final class DacSector {

    static final int ENVIRONMENTAL_POLICY = 41010;

    private static final Map<String, Integer> BY_THEME = Map.of(
            "WASTE", 14050,                   // Waste management/disposal
            "CIRCULAR_ECONOMY", 14050,        // Waste management/disposal (recycling, reuse)
            "WATER_SUPPLY", 14021,            // Water supply - large systems
            "SEWERAGE", 14022,                // Sanitation - large systems
            "AIR_QUALITY", 41020,             // Biosphere protection (air pollution control)
            "LOW_CARBON", 23183,              // Energy conservation and demand-side efficiency
            "ENVIRONMENTAL_EDUCATION", 41081, // Environmental education/training
            "DISASTER_RISK", 43060,           // Disaster Risk Reduction
            "DISASTER_RESILIENCE", 43060);    // Disaster Risk Reduction

    private DacSector() {
    }

    static int of(String themeCode) {
        return BY_THEME.getOrDefault(themeCode, ENVIRONMENTAL_POLICY);
    }
}

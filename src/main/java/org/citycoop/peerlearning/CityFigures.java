package org.citycoop.peerlearning;

import org.citycoop.name.Name;

/**
 * A participating city's figures on one indicator. {@code projectCode} and {@code projectTitle} are
 * null where the viewer's organisation does not take part in the project: programme members compare
 * figures, not each other's projects (DD034).
 */
public record CityFigures(Name city, Name country, String projectCode, String projectTitle, IndicatorFigures figures) {
}

package org.citycoop.training;

import java.time.LocalDate;

/**
 * A target of an action plan on an indicator of the library: baseline and target as typed (the
 * service refuses what is not a number), to be reached by {@code targetDate}.
 */
public record IndicatorTarget(String indicatorCode, String baseline, String target, LocalDate targetDate) {
}

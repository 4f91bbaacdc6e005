package org.citycoop.project;

import java.time.LocalDate;

/**
 * One target of the partner's action plan as typed: an indicator of the library, its baseline
 * and target (text, checked to be numbers on the server), and the date by which to reach it.
 */
public record IndicatorTarget(String indicatorCode, String baseline, String target, LocalDate targetDate) {
}

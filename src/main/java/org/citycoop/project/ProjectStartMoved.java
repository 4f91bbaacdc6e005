package org.citycoop.project;

import java.time.LocalDate;

/**
 * A project's planned start changed (a revised proposal): published in the transaction of the
 * change, so that what counts by the fiscal year of the start follows it (the cycle time, DD022).
 */
public record ProjectStartMoved(long projectId, LocalDate previousStart, LocalDate start) {
}

package org.citycoop.project.internal;

import java.time.LocalDate;
import org.citycoop.project.ProjectStatus;

/** A row of the historical register, checked; {@code plannedEnd} and {@code fundingSchemeCode} may be null. */
public record ImportedProject(String code, String title, String leadCode, String partnerCode, String themeCode,
                              String cooperationTypeCode, String fundingSchemeCode, LocalDate plannedStart,
                              LocalDate plannedEnd, long budgetJpy, ProjectStatus status) {
}

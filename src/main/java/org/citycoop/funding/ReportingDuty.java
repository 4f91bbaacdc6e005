package org.citycoop.funding;

import java.time.LocalDate;

/** A report owed to the agency under an agreement; {@code periodEnd} is empty for the completion report. */
public record ReportingDuty(ReportingDutyKind kind, String title, LocalDate periodEnd, LocalDate dueOn) {
}

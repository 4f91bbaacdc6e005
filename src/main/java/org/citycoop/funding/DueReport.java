package org.citycoop.funding;

import java.time.LocalDate;

import org.citycoop.base.Message;

/**
 * A report owed to the funding agency: the period it covers ends on {@code periodEnd} (for the
 * completion report, the contract end) and it is due on {@code dueOn}.
 */
public record DueReport(long id, ReportingDutyKind kind, Message title, LocalDate periodEnd, LocalDate dueOn,
                        LocalDate contractEnd, String schemeCode, boolean delivered) {

    /** When the report can be written: the end of its period, or of the contract for the completion report. */
    public LocalDate opensOn() {
        return periodEnd == null ? contractEnd : periodEnd;
    }
}

package org.citycoop.funding;

import java.time.LocalDate;

import org.citycoop.base.Message;

/**
 * A report owed to the agency under an agreement; {@code periodEnd} is empty for the completion report.
 * The title is worded in the reader's language; the duty's row keeps its English form for SQL readers.
 */
public record ReportingDuty(ReportingDutyKind kind, Message title, LocalDate periodEnd, LocalDate dueOn) {

    /** The scheme's name of the report (DD032), numbered for a progress report: "Quarterly progress report 2". */
    public static Message title(String schemeCode, ReportingDutyKind kind, int period) {
        String key = "funding.report-title." + schemeCode + "." + kind.name();
        return kind == ReportingDutyKind.PROGRESS_REPORT ? Message.of(key, period) : Message.of(key);
    }
}

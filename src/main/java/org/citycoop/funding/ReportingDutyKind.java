package org.citycoop.funding;

/** The kinds of report a funded project owes its agency. */
public enum ReportingDutyKind {
    PROGRESS_REPORT, COMPLETION_REPORT
}

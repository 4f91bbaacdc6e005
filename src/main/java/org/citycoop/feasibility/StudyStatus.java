package org.citycoop.feasibility;

/** Where a feasibility study stands: each value is the step last completed. */
public enum StudyStatus {
    /** Scope and terms of reference defined; the field survey is next. */
    SCOPED,
    /** Field survey recorded; the study report is next. */
    SURVEYED,
    /** Report and findings submitted; waiting for the manager's review. */
    IN_REVIEW,
    /** The manager asked for a revised report. */
    REVISION_REQUESTED,
    /** The manager accepted the study: its findings go to the go/no-go decision. */
    ACCEPTED
}

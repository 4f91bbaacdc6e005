package org.citycoop.dispatch;

/** The partner coordinator's answer to a mission report. */
public enum ReportResponse {
    ACKNOWLEDGE,
    /** A question to the officer; the report comes back once it is answered. */
    ASK_QUESTION
}

package org.citycoop.followup;

/** The officer's verdict on a round's progress report. */
public enum ReviewOutcome {
    ACCEPTED, CORRECTION
}

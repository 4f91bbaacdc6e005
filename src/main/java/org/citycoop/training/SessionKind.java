package org.citycoop.training;

/** Seminars, workshops, individual consultations and closing meetings are all sessions of a programme. */
public enum SessionKind {
    SEMINAR, WORKSHOP, CONSULTATION, CLOSING_MEETING
}

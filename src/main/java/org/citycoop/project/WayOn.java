package org.citycoop.project;

/** What the officer chooses after the funding agency rejects or the application lapses. */
public enum WayOn {
    REVISE, OWN_BUDGET, CANCEL
}

package org.citycoop.dispatch;

/** What the officer does when the travel-safety check blocks a dispatch. */
public enum SafetyBlockChoice {
    /** Back to the specialists, destination and dates. */
    CHANGE_PLAN,
    /** The dispatch does not take place. */
    CANCEL
}

package org.citycoop.notification;

/** What a notification is about; each user chooses per kind how it reaches them ({@link Delivery}). */
public enum NotificationKind {
    /** A task was created for my group or assigned to me. */
    TASK_ASSIGNED,
    /** A task of mine or my group's is past its due date (for managers: escalated to them). */
    TASK_OVERDUE,
    /** A comment mentions me. */
    MENTION,
    /** The agency decided on an application I started. */
    FUNDING_DECISION,
    /** An organisation answered my cooperation request ("we can help"). */
    REQUEST_ANSWERED,
    /** A new cooperation request matches my organisation's offers well. */
    REQUEST_MATCHES_OFFER
}

package org.citycoop.workflow;

/** The views of the task inbox. */
public enum Inbox {
    /** Tasks assigned to the user. */
    MY_TASKS,
    /** Unassigned tasks of the user's organisation-scoped groups. */
    GROUP_TASKS,
    /**
     * For a manager: every open task of the manager's organisation, whether a role of the
     * organisation is a candidate or a user of the organisation holds it.
     */
    ORGANISATION_TASKS
}

package org.citycoop.workflow;

/** The views of the task inbox. */
public enum Inbox {
    /** Tasks assigned to the user. */
    MY_TASKS,
    /** Unassigned tasks of the user's organisation-scoped groups. */
    GROUP_TASKS
}

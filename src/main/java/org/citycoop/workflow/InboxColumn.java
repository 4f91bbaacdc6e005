package org.citycoop.workflow;

import java.util.List;

/** The columns of the inbox a user may show or hide; the task column is always shown (it opens the task). */
public enum InboxColumn {
    PROJECT, PARTNER, PHASE, CREATED, DUE, FOLLOW_UP, ASSIGNEE;

    /** What a user sees before choosing. */
    public static final List<InboxColumn> DEFAULT = List.of(PROJECT, PARTNER, DUE, ASSIGNEE);
}

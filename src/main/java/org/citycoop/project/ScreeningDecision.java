package org.citycoop.project;

/** The manager's decision on a proposal; its name is the routing flag the process model tests. */
public enum ScreeningDecision {
    APPROVE, RETURN, REJECT
}

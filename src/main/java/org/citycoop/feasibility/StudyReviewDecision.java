package org.citycoop.feasibility;

/** The manager's decision on a feasibility study; its name is the routing flag the process model tests. */
public enum StudyReviewDecision {
    ACCEPT, REVISE
}

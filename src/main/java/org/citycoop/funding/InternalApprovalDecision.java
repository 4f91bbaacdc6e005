package org.citycoop.funding;

/** The manager's internal approval of an application before it goes to the agency. */
public enum InternalApprovalDecision {
    APPROVE, RETURN
}

package org.citycoop.dispatch;

/** A manager's or head's decision on a dispatch; a refusal returns it to the officer with the reason. */
public enum ApprovalDecision {
    APPROVE,
    REFUSE
}

package org.citycoop.dispatch;

/** Who must approve a dispatch's travel and budget, as the decision {@code DispatchApproval} says. */
public enum ApprovalLevel {
    MANAGER,
    MANAGER_AND_HEAD
}

package org.citycoop.dispatch;

/** Where a dispatch stands; the column {@code dispatch.status}. */
public enum DispatchStatus {
    TERMS_WRITTEN, PLANNED, SAFETY_BLOCKED, AWAITING_APPROVAL, APPROVED, CANCELLED, REPORTED, ACKNOWLEDGED
}

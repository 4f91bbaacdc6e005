package org.citycoop.marketplace;

/** Where a request stands: open, answered by at least one organisation, become a project, or withdrawn. */
public enum RequestStatus {
    OPEN, ANSWERED, IN_PROJECT, CLOSED;

    /** Still waiting for help: it can be answered, discussed and turned into a project. */
    public boolean isOpen() {
        return this == OPEN || this == ANSWERED;
    }
}

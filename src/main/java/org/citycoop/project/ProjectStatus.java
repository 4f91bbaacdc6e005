package org.citycoop.project;

/** Status of a project, following its process; the values of the IATI activity-status code list. */
public enum ProjectStatus {
    PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }
}

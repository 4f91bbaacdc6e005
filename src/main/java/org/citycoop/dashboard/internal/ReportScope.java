package org.citycoop.dashboard.internal;

import java.util.Objects;

/**
 * Whose projects a report counts: one organisation's (as lead, or as a member of the lead
 * cooperative), or every organisation's ({@code organisationCode} null, for administrators).
 */
public record ReportScope(String organisationCode) {

    public static ReportScope all() {
        return new ReportScope(null);
    }

    public static ReportScope of(String organisationCode) {
        return new ReportScope(Objects.requireNonNull(organisationCode, "organisationCode"));
    }

    public boolean everyOrganisation() {
        return organisationCode == null;
    }
}

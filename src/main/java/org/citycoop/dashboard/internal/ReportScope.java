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

    /**
     * The condition on a project {@code p} that it is in scope, with the organisation's code as the
     * parameter {@code :organisation}: lead, or a member of the lead cooperative.
     */
    String projectCondition() {
        return leadCondition("p.lead_organisation_id");
    }

    /** The condition that the lead organisation in {@code leadColumn} is in scope (see {@link #projectCondition()}). */
    String leadCondition(String leadColumn) {
        if (everyOrganisation()) {
            return "true";
        }
        return """
                %s in (select o.id from organisation o where o.code = :organisation
                       union all
                       select o.cooperative_id from organisation o
                       where o.code = :organisation and o.cooperative_id is not null)""".formatted(leadColumn);
    }
}

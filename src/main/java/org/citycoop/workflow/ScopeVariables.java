package org.citycoop.workflow;

/**
 * Process variables that name the organisations of a process instance. A model's candidate
 * group names only a role; when a task is created the role is qualified with the organisation
 * held in the variable that belongs to that role (ARCHITECTURE.md, "How tasks are scoped").
 */
public final class ScopeVariables {

    /** Code of the lead municipality or cooperative: scopes officer and manager tasks. */
    public static final String LEAD_ORGANISATION = "leadOrganisation";
    /** Code of the partner city: scopes partner tasks. */
    public static final String PARTNER_ORGANISATION = "partnerOrganisation";
    /** Code of the funding agency of an application: scopes reviewer tasks. */
    public static final String FUNDING_AGENCY = "fundingAgency";
    /** Code of the member municipality of a multi-instance consent branch: scopes member-delegate tasks. */
    public static final String MEMBER_ORGANISATION = "memberOrganisation";

    private ScopeVariables() {
    }
}

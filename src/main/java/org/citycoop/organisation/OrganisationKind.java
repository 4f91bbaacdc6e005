package org.citycoop.organisation;

public enum OrganisationKind {
    PREFECTURE, CITY, TOWN, VILLAGE, COOPERATIVE, PARTNER_CITY, FUNDING_AGENCY, COMPANY, NGO, UNIVERSITY, ASSOCIATION;

    /** Japanese local governments and their cooperatives: the organisations that lead projects. */
    public boolean canLeadProjects() {
        return this == PREFECTURE || this == CITY || this == TOWN || this == VILLAGE || this == COOPERATIVE;
    }
}

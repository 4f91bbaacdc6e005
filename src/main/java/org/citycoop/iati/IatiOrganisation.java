package org.citycoop.iati;

import org.citycoop.name.Name;
import org.citycoop.organisation.OrganisationKind;

/**
 * An organisation as IATI names it: its organisation identifier ({@code ref}, null when none is
 * recorded), its name in English and Japanese (a narrative for each form it has), and its IATI
 * organisation type code.
 */
record IatiOrganisation(String ref, Name name, int type) {

    static final int GOVERNMENT = 10;
    static final int LOCAL_GOVERNMENT = 11;

    static IatiOrganisation of(String ref, Name name, OrganisationKind kind) {
        return new IatiOrganisation(ref, name, typeOf(kind));
    }

    private static int typeOf(OrganisationKind kind) {
        return switch (kind) {
            case PREFECTURE, CITY, TOWN, VILLAGE, COOPERATIVE, PARTNER_CITY -> LOCAL_GOVERNMENT;
            case FUNDING_AGENCY -> GOVERNMENT;
            case COMPANY -> 70;     // Private Sector
            case NGO -> 22;         // National NGO
            case UNIVERSITY -> 80;  // Academic, Training and Research
            case ASSOCIATION -> 90; // Other
        };
    }
}

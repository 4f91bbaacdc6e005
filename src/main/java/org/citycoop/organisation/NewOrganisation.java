package org.citycoop.organisation;

import org.citycoop.name.Name;

/** What it takes to register an organisation; {@code cooperativeCode} and {@code consentRule} may be null. */
public record NewOrganisation(String code, Name name, OrganisationKind kind, String countryIso2,
                              String cooperativeCode, ConsentRule consentRule) {

    /** An organisation known by its English name only (test and benchmark data). */
    public NewOrganisation(String code, String nameEn, OrganisationKind kind, String countryIso2,
                           String cooperativeCode, ConsentRule consentRule) {
        this(code, Name.english(nameEn), kind, countryIso2, cooperativeCode, consentRule);
    }
}

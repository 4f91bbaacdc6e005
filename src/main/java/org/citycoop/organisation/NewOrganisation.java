package org.citycoop.organisation;

/** What it takes to register an organisation; {@code cooperativeCode} and {@code consentRule} may be null. */
public record NewOrganisation(String code, String name, OrganisationKind kind, String countryIso2,
                              String cooperativeCode, ConsentRule consentRule) {
}

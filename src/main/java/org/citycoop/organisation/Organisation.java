package org.citycoop.organisation;

/**
 * A municipality, cooperative, partner city, funding agency or partner organisation.
 * {@code region} is derived from the country, never stored on the organisation.
 */
public record Organisation(long id, String code, String name, OrganisationKind kind, String countryIso2,
                           String countryName, String region, String cooperativeCode, ConsentRule consentRule) {
}

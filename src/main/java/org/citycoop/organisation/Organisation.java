package org.citycoop.organisation;

import org.citycoop.name.Name;

/**
 * A municipality, cooperative, partner city, funding agency or partner organisation.
 * {@code region} is derived from the country, never stored on the organisation.
 */
public record Organisation(long id, String code, Name name, OrganisationKind kind, String countryIso2,
                           Name countryName, String region, String cooperativeCode, ConsentRule consentRule) {
}

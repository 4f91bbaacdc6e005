package org.citycoop.organisation;

/** An organisation of the register as the administrator keeps it: with its IATI identifier, if recorded. */
public record RegisteredOrganisation(Organisation organisation, String iatiIdentifier) {
}

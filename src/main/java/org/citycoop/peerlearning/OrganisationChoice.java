package org.citycoop.peerlearning;

import org.citycoop.name.Name;

/** An organisation of the register to choose as a meeting participant. */
public record OrganisationChoice(String code, Name name) {
}

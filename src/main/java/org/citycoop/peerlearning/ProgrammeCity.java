package org.citycoop.peerlearning;

import org.citycoop.name.Name;

/** A partner city taking part in a programme, with the Japanese organisation it works with. */
public record ProgrammeCity(Name city, Name country, Name lead) {
}

package org.citycoop.peerlearning;

import org.citycoop.name.Name;

/** A country of the register, for venues and searches, with the region derived from it. */
public record Country(String iso2, Name name, String regionCode) {
}

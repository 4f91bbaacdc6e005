package org.citycoop.peerlearning;

import org.citycoop.name.Name;

/** A regional dialogue, e.g. the Japan-ASEAN Dialogue on Environmental Cooperation. */
public record Dialogue(long id, String code, Name name) {
}

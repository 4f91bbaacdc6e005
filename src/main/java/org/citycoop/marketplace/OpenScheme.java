package org.citycoop.marketplace;

import java.util.Set;

/** A funding scheme open to a request's country, with the organisation kinds that may lead under it. */
public record OpenScheme(String code, Set<String> leadKinds) {

    public OpenScheme {
        leadKinds = Set.copyOf(leadKinds);
    }
}

package org.citycoop.marketplace;

import java.util.Set;

/** A Spring event: a new request matches offers above the threshold; their organisations' officers are told. */
public record RequestMatchesOffers(long requestId, String requestTitle, Set<String> officers) {

    public RequestMatchesOffers {
        officers = Set.copyOf(officers);
    }
}

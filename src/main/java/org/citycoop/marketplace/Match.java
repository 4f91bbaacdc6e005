package org.citycoop.marketplace;

import java.util.List;

/** How well a request and an offer fit: the score is the sum of the reasons' points. */
public record Match(CooperationRequest request, CooperationOffer offer, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    public int score() {
        return reasons.stream().mapToInt(MatchReason::points).sum();
    }
}

package org.citycoop.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One round of follow-up: its number, the day it was due, and its reviews so far (last first). */
public record FollowUpRound(long id, int number, LocalDate dueOn, List<RoundReview> reviews) {

    /** The officer's last request for correction, if the last review asked for one. */
    public Optional<RoundReview> correctionRequest() {
        return reviews.stream().findFirst().filter(review -> review.outcome() == ReviewOutcome.CORRECTION);
    }
}

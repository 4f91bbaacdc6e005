package org.citycoop.followup;

import java.time.Instant;

/** A recorded review of a round. */
public record RoundReview(ReviewOutcome outcome, boolean visitNeeded, String comment, String reviewedBy, Instant reviewedAt) {
}

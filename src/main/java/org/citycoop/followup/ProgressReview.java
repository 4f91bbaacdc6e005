package org.citycoop.followup;

/**
 * The officer's review of a round: accept or ask the partner to correct (with what to correct),
 * and, when accepted, whether a follow-up visit is needed.
 */
public record ProgressReview(ReviewOutcome outcome, Boolean visitNeeded, String comment) {
}

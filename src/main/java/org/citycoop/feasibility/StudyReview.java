package org.citycoop.feasibility;

import java.time.Instant;

/** One review of a feasibility study by a manager, with the comment the officer sees. */
public record StudyReview(StudyReviewDecision decision, String comment, String reviewedBy, Instant reviewedAt) {
}

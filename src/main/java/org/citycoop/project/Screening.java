package org.citycoop.project;

import java.time.Instant;

/** One screening decision by a manager, with the comment the officer sees. */
public record Screening(ScreeningDecision decision, String comment, String decidedBy, Instant decidedAt) {
}

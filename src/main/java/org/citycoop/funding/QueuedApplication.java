package org.citycoop.funding;

import java.time.Instant;

/** A submitted application waiting for its agency's screening or decision, as the reviewer workspace lists it. */
public record QueuedApplication(String projectCode, String projectTitle, int round, String schemeCode, String schemeName,
                                int submission, Instant submittedAt, long requestedAmountJpy) {
}

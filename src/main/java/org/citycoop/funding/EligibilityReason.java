package org.citycoop.funding;

import org.citycoop.base.Message;

/**
 * Why an application is not eligible for its scheme, as the decision {@code FundingEligibility}
 * says: {@code field} names the input concerned (schemeCode, leadOrganisation, partnerRegion,
 * durationMonths, requestedAmountJpy), {@code reason} is the key of the text that says what to change
 * ({@code funding.eligibility.*}), rendered in the reader's language (DD030).
 */
public record EligibilityReason(String field, String reason) {

    static final String KEY_PREFIX = "funding.eligibility.";

    /**
     * The reason as a message; checks recorded before the decision table gave keys (V28) kept its
     * English sentence, which is shown as written.
     */
    public Message message() {
        return reason.startsWith(KEY_PREFIX) ? Message.of(reason) : Message.of("problem.of", reason);
    }
}

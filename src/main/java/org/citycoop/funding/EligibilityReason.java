package org.citycoop.funding;

/**
 * Why an application is not eligible for its scheme, as the decision {@code FundingEligibility}
 * says: {@code field} names the input concerned (schemeCode, leadOrganisation, partnerRegion,
 * durationMonths, requestedAmountJpy), {@code reason} says what to change.
 */
public record EligibilityReason(String field, String reason) {
}

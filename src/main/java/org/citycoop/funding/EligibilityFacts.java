package org.citycoop.funding;

/** What the decision {@code FundingEligibility} decides on; the names are its input expressions. */
public record EligibilityFacts(String schemeCode, String leadOrganisationKind, String partnerRegion, int durationMonths,
                               long requestedAmountJpy) {

    public static final String SCHEME_CODE = "schemeCode";
    public static final String LEAD_ORGANISATION_KIND = "leadOrganisationKind";
    public static final String PARTNER_REGION = "partnerRegion";
    public static final String DURATION_MONTHS = "durationMonths";
    public static final String REQUESTED_AMOUNT_JPY = "requestedAmountJpy";
}

package org.citycoop.funding;

/** Where an application stands; follows the process. */
public enum FundingApplicationStatus {
    SCHEME_CHOSEN, INELIGIBLE, DRAFTING, AWAITING_INTERNAL_APPROVAL, SUBMITTED, REVISION_REQUESTED,
    APPROVED, REJECTED, LAPSED, AGREED
}

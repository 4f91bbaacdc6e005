package org.citycoop.funding;

/** How a funding application ended, for the process that called it. */
public enum FundingOutcome {
    APPROVED, REJECTED, LAPSED
}

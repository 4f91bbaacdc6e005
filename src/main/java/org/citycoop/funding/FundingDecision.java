package org.citycoop.funding;

/** The agency's decision on a screened application. */
public enum FundingDecision {
    APPROVE, REJECT, REVISE
}

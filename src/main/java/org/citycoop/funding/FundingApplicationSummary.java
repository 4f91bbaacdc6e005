package org.citycoop.funding;

import java.time.Instant;

/** One application of a project, for the project page. {@code approvedAmountJpy} is empty until the agency approves. */
public record FundingApplicationSummary(String projectCode, int round, String schemeCode, String schemeName,
                                        String agencyCode, FundingApplicationStatus status, long requestedAmountJpy,
                                        Long approvedAmountJpy, Instant submittedAt) {
}

package org.citycoop.funding;

/**
 * A Spring event: the agency decided on an application (approve, reject, ask for a revision);
 * published in the decision's transaction. {@code applicant} is the officer who started the
 * application; {@code leadCode} the organisation that applied.
 */
public record FundingDecided(String projectCode, String projectTitle, String schemeName, FundingDecision decision,
                             String applicant, String leadCode) {
}

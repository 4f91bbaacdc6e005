package org.citycoop.marketplace;

/**
 * What the officer adds to a request to propose it as a project: the kind of cooperation and the
 * budget. Title, partner city, theme and dates come from the request.
 */
public record ProposalTerms(String cooperationTypeCode, Long budgetJpy) {
}

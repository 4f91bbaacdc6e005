package org.citycoop.marketplace;

/** A Spring event: an organisation answered "we can help" to a request; the requester is told. */
public record RequestAnswered(long requestId, String requestTitle, String requester) {
}

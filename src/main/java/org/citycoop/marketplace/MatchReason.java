package org.citycoop.marketplace;

/** One reason of a match and its points; {@code detail} names what matched (a keyword, a language, a scheme). */
public record MatchReason(ReasonKind kind, String detail, int points) {

    /** The bundle key that words the reason; {@code detail} is its argument. */
    public String sentenceKey() {
        return "marketplace.reason." + kind.name();
    }
}

package org.citycoop.marketplace;

/** Why a request and an offer match; each reason adds its points to the score ({@link RequestMatching}). */
public enum ReasonKind {
    THEME, KEYWORD, COUNTRY_EXPERIENCE, REGION_EXPERIENCE, LANGUAGE, CAPACITY, FUNDING_SCHEME
}

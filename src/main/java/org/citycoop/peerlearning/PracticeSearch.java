package org.citycoop.peerlearning;

/** A search of the library: free text in title and summaries, a theme, a partner country; null or blank means any. */
public record PracticeSearch(String text, String themeCode, String countryIso2) {
}

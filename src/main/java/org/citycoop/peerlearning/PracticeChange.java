package org.citycoop.peerlearning;

import java.util.List;

/** What the lead's officer changes in a published practice: its title, summaries and the documents it shares (by id). */
public record PracticeChange(String title, String summaryEn, String summaryJa, List<Long> documentIds) {
}

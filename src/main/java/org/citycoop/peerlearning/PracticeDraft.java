package org.citycoop.peerlearning;

import java.util.List;

/** A good practice as the lead's officer writes it, with the project's documents it shares (by id). */
public record PracticeDraft(String projectCode, String title, String summaryEn, String summaryJa, List<Long> documentIds) {
}

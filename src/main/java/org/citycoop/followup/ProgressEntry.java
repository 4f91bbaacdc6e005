package org.citycoop.followup;

import java.time.LocalDate;

/**
 * The partner's progress on one indicator target of the action plan, as typed: the actual value
 * (text, checked to be a number on the server), the day it was measured, an optional comment and
 * an optional evidence document.
 */
public record ProgressEntry(long targetId, String actualValue, LocalDate measuredOn, String comment,
                            String evidenceFileName, byte[] evidence) {
}

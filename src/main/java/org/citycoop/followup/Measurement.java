package org.citycoop.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An actual value of an indicator reported in a follow-up round; {@code accepted} once the officer accepted the round. */
public record Measurement(long targetId, int round, BigDecimal value, LocalDate measuredOn, String comment,
                          String evidenceName, boolean accepted) {
}

package org.citycoop.training;

import java.time.Instant;
import java.time.LocalDate;

/** One item of the logistics checklist: done or not, by its deadline; {@code remindedAt} when the daily check reminded of it. */
public record LogisticsItem(LogisticsKind kind, LocalDate deadline, boolean done, Instant remindedAt) {

    /** An item as the officer enters it. */
    public static LogisticsItem of(LogisticsKind kind, LocalDate deadline, boolean done) {
        return new LogisticsItem(kind, deadline, done, null);
    }
}

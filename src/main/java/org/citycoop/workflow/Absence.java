package org.citycoop.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user's absence: from {@code firstDay} to {@code lastDay} (both inclusive, Japan's dates) the
 * {@code substitute} acts on the tasks assigned to {@code username}. Names are as people read them.
 */
public record Absence(long id, String username, String name, LocalDate firstDay, LocalDate lastDay, String substitute,
                      String substituteName, String recordedBy, Instant recordedAt) {

    public boolean isOver(LocalDate today) {
        return lastDay.isBefore(today);
    }

    public boolean isRunning(LocalDate today) {
        return !firstDay.isAfter(today) && !isOver(today);
    }
}

package org.citycoop.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.citycoop.name.Name;

/**
 * A user's absence: from {@code firstDay} to {@code lastDay} (both inclusive, Japan's dates) the
 * {@code substitute} acts on the tasks assigned to {@code username}. Names in both forms (DD029):
 * the screen shows the reader's.
 */
public record Absence(long id, String username, Name name, LocalDate firstDay, LocalDate lastDay, String substitute,
                      Name substituteName, String recordedBy, Instant recordedAt) {

    public boolean isOver(LocalDate today) {
        return lastDay.isBefore(today);
    }

    public boolean isRunning(LocalDate today) {
        return !firstDay.isAfter(today) && !isOver(today);
    }
}

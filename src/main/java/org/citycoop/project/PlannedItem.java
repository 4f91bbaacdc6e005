package org.citycoop.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A training programme or specialist dispatch planned for the implementation phase. */
public record PlannedItem(
        @NotNull(message = "{item.kind.required}") ItemKind kind,
        @NotBlank(message = "{item.title.required}") @Size(max = 200, message = "{item.title.size}") String title,
        @NotNull(message = "{item.start.required}") LocalDate plannedStart,
        @NotNull(message = "{item.end.required}") LocalDate plannedEnd) {

    public enum ItemKind {
        TRAINING, DISPATCH
    }
}

package org.citycoop.project;

/** A task that runs one planned training programme or specialist dispatch, with that item. */
public record ItemTask(ProjectTask task, PlannedItem item) {
}

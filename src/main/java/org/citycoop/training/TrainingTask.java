package org.citycoop.training;

import org.citycoop.workflow.WorkTask;

/** A training task as its screen needs it: the task and the programme so far. */
public record TrainingTask(WorkTask task, TrainingProgramme programme) {
}

package org.citycoop.feasibility;

import java.util.Optional;
import org.citycoop.workflow.WorkTask;

/** A feasibility task as its screen needs it: the task, its project code, and the study so far (none before the scope is defined). */
public record FeasibilityTask(WorkTask task, String projectCode, Optional<FeasibilityStudy> study) {
}

package org.citycoop.project;

import java.util.Optional;
import org.citycoop.workflow.WorkTask;

/** A project task as its screen needs it: the task, its project, and the last screening if any. */
public record ProjectTask(WorkTask task, Project project, Optional<Screening> lastScreening) {
}

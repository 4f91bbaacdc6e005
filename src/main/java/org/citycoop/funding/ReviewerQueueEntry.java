package org.citycoop.funding;

import java.util.Optional;
import org.citycoop.workflow.WorkTask;

/**
 * A row of the reviewer workspace: the application and its open screening or decision task, with
 * the task's due date as the deadline. No task while the engine has not yet created it, or when a
 * colleague holds it.
 */
public record ReviewerQueueEntry(QueuedApplication application, Optional<WorkTask> task) {
}

package org.citycoop.funding;

import java.util.Optional;
import org.citycoop.workflow.WorkTask;

/**
 * A funding task as its screen needs it: the task, the project, and the application (none before
 * the officer first chooses a scheme).
 */
public record FundingTask(WorkTask task, FundingProject project, Optional<FundingApplication> application) {

    public FundingApplication requireApplication() {
        return application.orElseThrow(() -> new IllegalStateException(
                "No funding application recorded for " + project.code() + " at " + task.taskDefinitionKey()));
    }
}

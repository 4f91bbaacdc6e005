package org.citycoop.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task its due date from the reference table {@code task_due_period}, so
 * that no model carries a hard-coded deadline and an office can change one without a release.
 */
@Component
class TaskDueDates implements TaskListener {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskDueDates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null) {
            dueDays(task.getTaskDefinitionKey())
                    .ifPresent(days -> task.setDueDate(Date.from(Instant.now(clock).plus(days, ChronoUnit.DAYS))));
        }
    }

    private Optional<Integer> dueDays(String taskDefinitionKey) {
        return jdbc.sql("select due_days from task_due_period where task_definition_key = :key")
                .param("key", taskDefinitionKey)
                .query(Integer.class)
                .optional();
    }
}

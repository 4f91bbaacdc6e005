package org.citycoop.project;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a project, with the usernames of the colleagues it mentions. A comment made on a task
 * names the task ({@code taskId}; {@code taskDefinitionKey}, whose name screens show in the reader's
 * language; {@code taskName}, the English name it had, for a task no longer in the models), kept after
 * the task is done; all are null for a comment on the project as a whole. Comments written before the
 * key was kept (V28) have none when their name matched no task of the models.
 */
public record ProjectComment(long id, String author, String body, Instant createdAt, List<String> mentions,
                             String taskId, String taskDefinitionKey, String taskName) {

    public boolean isOnTask() {
        return taskId != null;
    }
}

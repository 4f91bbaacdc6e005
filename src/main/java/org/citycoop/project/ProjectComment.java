package org.citycoop.project;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a project, with the usernames of the colleagues it mentions. A comment made on a task
 * names the task ({@code taskId}, {@code taskName}, kept after the task is done); both are null for a
 * comment on the project as a whole.
 */
public record ProjectComment(long id, String author, String body, Instant createdAt, List<String> mentions,
                             String taskId, String taskName) {

    public boolean isOnTask() {
        return taskId != null;
    }
}

package org.citycoop.project;

import java.time.Instant;

/**
 * A comment that mentions the user, for their Mentions page: where it was made (project, and task
 * when it was made on one: its key and recorded name, as in {@link ProjectComment}), by whom, when, and whether the user has opened it yet.
 */
public record Mention(long commentId, String projectCode, String projectTitle, String taskId, String taskDefinitionKey,
                      String taskName,
                      String author, String body, Instant createdAt, boolean read) {
}

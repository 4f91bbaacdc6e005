package org.citycoop.project;

import java.time.Instant;
import java.util.List;

/** A comment on a project, with the usernames of the colleagues it mentions. */
public record ProjectComment(long id, String author, String body, Instant createdAt, List<String> mentions) {
}

package org.citycoop.workflow;

import java.time.Instant;

/** A user task that someone completed, as the engine's history records it. */
public record CompletedTask(String name, String taskDefinitionKey, String completedBy, Instant completedAt) {
}

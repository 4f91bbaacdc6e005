package org.citycoop.workflow;

import java.time.Instant;

/**
 * A user task that someone completed, as the engine's history records it; {@code actedFor} is the
 * absent colleague a substitute completed it for (DD027), null when they acted for themselves.
 */
public record CompletedTask(String name, String taskDefinitionKey, String completedBy, String actedFor, Instant completedAt) {
}

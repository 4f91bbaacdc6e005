package org.citycoop.notification;

import java.time.Instant;

/** An e-mail of the outbox as the administrators see it: to whom, what, how often tried and why it failed. */
public record OutboxMail(long id, String recipient, String subject, int attempts, String lastError, Instant createdAt,
                         Instant nextAttemptAt) {
}

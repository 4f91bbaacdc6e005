package org.citycoop.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * One notification of one user: its kind, what it is about ({@code subject}: a task's name, a
 * comment's author, a funding decision), the project, where opening it leads ({@code link}, a path
 * of the application) and whether the user has opened it.
 */
public record Notification(long id, NotificationKind kind, String projectCode, String subject, String link,
                           Instant createdAt, boolean read) {

    /** The bundle key of its sentence; the arguments are the subject and the project's code. */
    public String sentenceKey() {
        return "notification." + kind.name();
    }

    /** The bundle key that words the subject, for a subject that is a code (a funding decision); else empty. */
    public Optional<String> subjectKey() {
        return kind == NotificationKind.FUNDING_DECISION ? Optional.of("notification.decision." + subject) : Optional.empty();
    }
}

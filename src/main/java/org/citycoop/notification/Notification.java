package org.citycoop.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One notification of one user: its kind, what it is about ({@code subject}: a task's definition key —
 * the English name in notifications written before the keys —, a comment's author, a funding decision), the project, where opening it leads ({@code link}, a path
 * of the application) and whether the user has opened it.
 */
public record Notification(long id, NotificationKind kind, String projectCode, String subject, String link,
                           Instant createdAt, boolean read) {

    /** A task definition key: the models' ids all read {@code Task_<Name>}. */
    private static final Pattern TASK_KEY = Pattern.compile("Task_[A-Za-z0-9]+");

    /** The bundle key of its sentence; the arguments are the subject and the project's code. */
    public String sentenceKey() {
        return "notification." + kind.name();
    }

    /** The bundle key that words the subject, for a subject that is a code (a funding decision, a task's key); else empty. */
    public Optional<String> subjectKey() {
        return switch (kind) {
            case FUNDING_DECISION -> Optional.of("notification.decision." + subject);
            case TASK_ASSIGNED, TASK_OVERDUE -> TASK_KEY.matcher(subject).matches() ? Optional.of("task.name." + subject) : Optional.empty();
            // a comment's author, a request's title: the user's own words, shown as written
            case MENTION, REQUEST_ANSWERED, REQUEST_MATCHES_OFFER -> Optional.empty();
        };
    }
}

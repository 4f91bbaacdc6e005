package org.citycoop.project;

import java.time.Instant;
import java.util.Locale;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.workflow.CompletedTask;

/**
 * One thing that happened on a project, for its timeline: a change recorded in the audit trail
 * ({@code what} is its action code, which the screen puts in words) or a task completed in the engine
  * ({@code what} is the task's English name as the model wrote it, {@code taskDefinitionKey} what the
  * screen names it by in the reader's language). {@code detail} and {@code taskDefinitionKey} may be null;
  * {@code actedFor} is the absent colleague a substitute completed a task for (DD027), null otherwise.
  * {@code worded} is the detail as a message, for the reader's language (DD035); null for a detail typed or older.
  */
public record TimelineEntry(String actor, String actedFor, String what, String detail, Instant when, Kind kind,
                            String taskDefinitionKey, Message worded) {

    public enum Kind { CHANGE, TASK }

    static TimelineEntry of(AuditTrail.Entry entry) {
        return new TimelineEntry(entry.actor(), null, entry.action(), entry.detail(), entry.occurredAt(), Kind.CHANGE, null,
                entry.worded());
    }

    static TimelineEntry of(CompletedTask task) {
        return new TimelineEntry(task.completedBy(), task.actedFor(), task.name(), null, task.completedAt(), Kind.TASK,
                task.taskDefinitionKey(), null);
    }

    /** The detail in the reader's language when it was recorded in words; as written otherwise. */
    public String detailIn(Locale locale) {
        return AuditTrail.detailIn(locale, detail, worded);
    }
}

package org.citycoop.project;

import java.time.Instant;
import org.citycoop.base.AuditTrail;
import org.citycoop.workflow.CompletedTask;

/**
 * One thing that happened on a project, for its timeline: a change recorded in the audit trail
 * ({@code what} is its action code, which the screen puts in words) or a task completed in the engine
 * ({@code what} is the task's name). {@code detail} may be null; {@code actedFor} is the absent colleague a
 * substitute completed a task for (DD027), null otherwise.
 */
public record TimelineEntry(String actor, String actedFor, String what, String detail, Instant when, Kind kind) {

    public enum Kind { CHANGE, TASK }

    static TimelineEntry of(AuditTrail.Entry entry) {
        return new TimelineEntry(entry.actor(), null, entry.action(), entry.detail(), entry.occurredAt(), Kind.CHANGE);
    }

    static TimelineEntry of(CompletedTask task) {
        return new TimelineEntry(task.completedBy(), task.actedFor(), task.name(), null, task.completedAt(), Kind.TASK);
    }
}

package org.citycoop.project;

import java.time.Instant;
import java.util.Locale;
import org.citycoop.base.AuditTrail;
import org.citycoop.workflow.CompletedTask;

/**
 * One thing that happened on a project, for its timeline: a change recorded in the audit trail
 * or a task completed in the engine. {@code detail} may be null.
 */
public record TimelineEntry(String actor, String what, String detail, Instant when, Kind kind) {

    public enum Kind { CHANGE, TASK }

    static TimelineEntry of(AuditTrail.Entry entry) {
        String action = entry.action().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new TimelineEntry(entry.actor(), Character.toUpperCase(action.charAt(0)) + action.substring(1),
                entry.detail(), entry.occurredAt(), Kind.CHANGE);
    }

    static TimelineEntry of(CompletedTask task) {
        return new TimelineEntry(task.completedBy(), task.name(), null, task.completedAt(), Kind.TASK);
    }
}

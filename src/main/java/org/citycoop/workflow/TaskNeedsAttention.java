package org.citycoop.workflow;

import java.util.Set;

/**
 * A Spring event that a task wants someone's attention, published in the transaction that caused it:
 * the engine created it for candidate groups, a manager assigned it to a colleague, it fell due, or
 * it was escalated to the lead's managers. {@code groups} are engine groups ({@code KIT:officer});
 * {@code assignee} is a username or null; the task is named by its
 * {@code taskDefinitionKey}, whose name each reader reads in their language ({@code task.name.<key>}). Listeners (notifications) run in the same transaction.
 */
public record TaskNeedsAttention(Reason reason, String taskId, String taskDefinitionKey, String formKey, String projectCode,
                                 String assignee, Set<String> groups) {

    public TaskNeedsAttention {
        groups = Set.copyOf(groups);
    }

    public enum Reason { OFFERED, ASSIGNED, OVERDUE, ESCALATED }

    /** The task's screen: its stable address. */
    public String route() {
        return WorkTask.routeOf(formKey, taskId);
    }
}

package org.citycoop.workflow;

import java.time.Instant;

/**
 * An open user task as the screens need it; {@code businessKey} is the project code, {@code phase}
 * the project phase its step belongs to (null if its model names none).
 */
public record WorkTask(String id, String name, String taskDefinitionKey, String formKey, String businessKey,
                       Instant created, Instant due, String assignee, Instant followUp, Phase phase) {

    /** The screen of a task: its route is derived from the form key (STYLE.md, "Screens"). */
    public String route() {
        return routeOf(formKey, id);
    }

    public static String routeOf(String formKey, String taskId) {
        return "task/" + formKey + "/" + taskId;
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}

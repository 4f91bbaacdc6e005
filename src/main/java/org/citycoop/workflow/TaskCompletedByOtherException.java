package org.citycoop.workflow;

import org.citycoop.base.NotAvailableException;

/**
 * A colleague completed the task a moment before this user did: the user could see it, so saying
 * so leaks nothing, and it tells them why their entries were not saved.
 */
public class TaskCompletedByOtherException extends NotAvailableException {

    public TaskCompletedByOtherException(String taskId) {
        super("Task " + taskId + " was completed by someone else a moment ago");
    }

    /** Found out when the engine refused this completion ({@code cause}): kept for the log. */
    public TaskCompletedByOtherException(String taskId, Throwable cause) {
        this(taskId);
        initCause(cause);
    }

    @Override
    public String messageKey() {
        return "task.completed-by-other";
    }
}

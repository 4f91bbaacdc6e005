package org.citycoop.workflow;

import org.citycoop.base.NotAvailableException;

/**
 * The process moved on at the very moment the user submitted (another branch of it completed), so
 * the engine refused the completion; nothing was saved and the task is still open to submit again.
 */
public class TaskChangedMeanwhileException extends NotAvailableException {

    public TaskChangedMeanwhileException(String taskId, Throwable cause) {
        super("Task " + taskId + " changed while it was being completed");
        initCause(cause);
    }

    @Override
    public String messageKey() {
        return "task.changed-meanwhile";
    }
}

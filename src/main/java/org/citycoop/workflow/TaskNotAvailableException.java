package org.citycoop.workflow;

import org.citycoop.base.NotAvailableException;

/**
 * The task does not exist, is already done, or belongs to another organisation. One exception
 * for all three on purpose: a denial must not tell whether a task of another organisation exists.
 */
public class TaskNotAvailableException extends NotAvailableException {

    public TaskNotAvailableException(String taskId) {
        super("Task " + taskId + " is not available to you");
    }
}

package org.citycoop.workflow;

/** A colleague has claimed the task: it is theirs to complete until they release it. */
public class TaskClaimedByOtherException extends RuntimeException {

    private final String assignee;

    public TaskClaimedByOtherException(String assignee) {
        super("The task is claimed by " + assignee);
        this.assignee = assignee;
    }

    public String assignee() {
        return assignee;
    }
}

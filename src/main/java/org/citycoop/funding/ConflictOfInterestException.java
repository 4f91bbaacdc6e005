package org.citycoop.funding;

import org.citycoop.workflow.TaskNotAvailableException;

/**
 * The reviewer has declared a conflict of interest with the application: the task is not theirs
 * to claim or complete, and stays open for their colleagues.
 */
public class ConflictOfInterestException extends TaskNotAvailableException {

    public ConflictOfInterestException(String taskId) {
        super(taskId);
    }

    @Override
    public String messageKey() {
        return "funding.conflict.refused";
    }
}

package org.citycoop.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.citycoop.funding.ConflictOfInterestException;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.springframework.stereotype.Component;

/**
 * Assignment listener of the reviewer tasks: a reviewer who has declared a conflict of interest
 * with the application cannot become the assignee, whichever way they try to claim the task
 * (inbox, Tasklist, REST). The engine rolls the claim back; the task stays open for colleagues.
 */
@Component("refuseConflictedReviewer")
class RefuseConflictedReviewer implements TaskListener {

    private final FundingService funding;

    RefuseConflictedReviewer(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee != null && task.getVariable(FundingProcess.APPLICATION_ID) != null
                && funding.hasDeclaredConflict(FundingVariables.applicationId(task), assignee)) {
            throw new ConflictOfInterestException(task.getId());
        }
    }
}

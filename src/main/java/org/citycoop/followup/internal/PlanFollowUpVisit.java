package org.citycoop.followup.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.followup.FollowUpProcess;
import org.springframework.stereotype.Component;

/** {@code Task_PlanFollowUpVisit}: a new dispatch row for the visit, which the specialist dispatch then runs. */
@Component("planFollowUpVisit")
class PlanFollowUpVisit implements JavaDelegate {

    private final FollowUpRounds rounds;

    PlanFollowUpVisit(FollowUpRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = Long.parseLong(String.valueOf(execution.getVariable(FollowUpProcess.ROUND)));
        execution.setVariable(FollowUpProcess.IMPLEMENTATION_ITEM, String.valueOf(rounds.planVisit(roundId)));
    }
}

package org.citycoop.followup.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.followup.FollowUpProcess;
import org.springframework.stereotype.Component;

/** {@code Task_CloseRound}: the round is done. */
@Component("closeFollowUpRound")
class CloseFollowUpRound implements JavaDelegate {

    private final FollowUpRounds rounds;

    CloseFollowUpRound(FollowUpRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.close(Long.parseLong(String.valueOf(execution.getVariable(FollowUpProcess.ROUND))));
    }
}

package org.citycoop.followup.internal;

import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.followup.FollowUpProcess;
import org.springframework.stereotype.Component;

/** {@code Task_PlanNextRound}: the next round of the schedule in the data, and the day the timer waits for. */
@Component("planNextFollowUpRound")
class PlanNextFollowUpRound implements JavaDelegate {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final FollowUpRounds rounds;

    PlanNextFollowUpRound(FollowUpRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.planNext(execution.getProcessBusinessKey()).ifPresentOrElse(round -> {
            execution.setVariable(FollowUpProcess.ROUND, String.valueOf(round.id()));
            execution.setVariable(FollowUpProcess.NEXT_ROUND_AT, Date.from(round.dueOn().atStartOfDay(JAPAN).toInstant()));
            execution.setVariable(FollowUpProcess.ROUND_REMAINING, true);
        }, () -> execution.setVariable(FollowUpProcess.ROUND_REMAINING, false));
    }
}

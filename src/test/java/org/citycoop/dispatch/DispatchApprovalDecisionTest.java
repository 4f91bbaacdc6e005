package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision {@code DispatchApproval} at the boundaries of its table, through the engine's
 * DecisionService: up to ¥3,000,000 and up to 14 days the manager approves alone; one yen or one
 * day more and the head of the organisation approves after the manager.
 */
@CityCoopTest
class DispatchApprovalDecisionTest {

    @Autowired
    DecisionService decisions;

    @Test
    void atBothThresholdsTheManagerApprovesAlone() {
        assertThat(level(3_000_000L, 14)).isEqualTo("MANAGER");
        assertThat(level(0L, 1)).isEqualTo("MANAGER");
    }

    @Test
    void oneYenAboveTheCostThresholdNeedsTheHead() {
        assertThat(level(3_000_001L, 14)).isEqualTo("MANAGER_AND_HEAD");
        assertThat(level(3_000_001L, 1)).isEqualTo("MANAGER_AND_HEAD");
    }

    @Test
    void oneDayAboveTheDurationThresholdNeedsTheHead() {
        assertThat(level(3_000_000L, 15)).isEqualTo("MANAGER_AND_HEAD");
        assertThat(level(0L, 15)).isEqualTo("MANAGER_AND_HEAD");
    }

    @Test
    void aboveBothThresholdsTheHeadIsNeededOnce() {
        // hit policy ANY: both rules for the head match and give one answer
        assertThat(level(9_000_000L, 30)).isEqualTo("MANAGER_AND_HEAD");
    }

    @Test
    void theServiceShowsTheOfficerTheSameAnswerBeforeThePlanIsSent(@Autowired DispatchService dispatches) {
        LocalDate departure = LocalDate.of(2027, 9, 1);
        assertThat(dispatches.approvalLevelFor(3_000_000L, departure, departure.plusDays(13))).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(dispatches.approvalLevelFor(3_000_000L, departure, departure.plusDays(14))).isEqualTo(ApprovalLevel.MANAGER_AND_HEAD);
    }

    private String level(long costJpy, int days) {
        return decisions.evaluateDecisionByKey(DispatchProcess.DECISION_KEY)
                .variables(Map.of(DispatchProcess.COST_ESTIMATE_JPY, costJpy, DispatchProcess.DURATION_DAYS, days))
                .evaluate().getSingleResult().<String>getSingleEntry();
    }
}

package org.citycoop.dispatch.internal;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.citycoop.dispatch.ApprovalLevel;
import org.citycoop.dispatch.DispatchProcess;
import org.springframework.stereotype.Component;

/**
 * The decision {@code DispatchApproval} outside the process, so that the officer sees who will
 * approve a plan before sending it: the thresholds live in the decision table only.
 */
@Component
public class DispatchApprovalDecision {

    private final DecisionService decisions;

    DispatchApprovalDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    public ApprovalLevel levelFor(long costEstimateJpy, int durationDays) {
        return level(decisions.evaluateDecisionByKey(DispatchProcess.DECISION_KEY)
                .variables(asVariables(costEstimateJpy, durationDays)).evaluate());
    }

    static Map<String, Object> asVariables(long costEstimateJpy, int durationDays) {
        return Map.of(DispatchProcess.COST_ESTIMATE_JPY, costEstimateJpy, DispatchProcess.DURATION_DAYS, durationDays);
    }

    /** The one answer of the table (hit policy ANY: rules that match together give the same answer). */
    static ApprovalLevel level(DmnDecisionResult result) {
        return ApprovalLevel.valueOf(result.getSingleResult().getSingleEntry());
    }
}

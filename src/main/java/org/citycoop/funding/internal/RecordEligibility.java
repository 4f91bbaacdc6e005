package org.citycoop.funding.internal;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.springframework.stereotype.Component;

/**
 * End listener of "Check eligibility": keeps the reasons the decision gave in the domain tables
 * and sets the only variable the process needs, the routing flag {@code eligible}.
 */
@Component("recordEligibility")
class RecordEligibility implements ExecutionListener {

    private final FundingService funding;

    RecordEligibility(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // the engine leaves the result of a business rule task as a transient local variable
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DecisionEvaluationUtil.DECISION_RESULT_VARIABLE);
        boolean eligible = funding.recordEligibility(FundingVariables.applicationId(execution), EligibilityDecision.reasons(result));
        execution.setVariable(FundingProcess.ELIGIBLE, eligible);
    }
}

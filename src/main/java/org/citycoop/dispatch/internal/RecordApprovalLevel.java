package org.citycoop.dispatch.internal;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.citycoop.dispatch.ApprovalLevel;
import org.citycoop.dispatch.DispatchProcess;
import org.springframework.stereotype.Component;

/**
 * End listener of "Decide who approves": keeps the answer with the dispatch (the approvers' screens
 * show it) and sets the routing flag {@code approvalLevel}.
 */
@Component("recordApprovalLevel")
class RecordApprovalLevel implements ExecutionListener {

    private final DispatchRepository dispatches;

    RecordApprovalLevel(DispatchRepository dispatches) {
        this.dispatches = dispatches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // the engine leaves the result of a business rule task as a transient local variable
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DecisionEvaluationUtil.DECISION_RESULT_VARIABLE);
        ApprovalLevel level = DispatchApprovalDecision.level(result);
        dispatches.recordApprovalLevel(DispatchVariables.dispatchId(execution), level);
        execution.setVariable(DispatchProcess.APPROVAL_LEVEL, level.name());
    }
}

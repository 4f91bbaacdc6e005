package org.citycoop.dispatch.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.citycoop.dispatch.Dispatch;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Decide who approves": gives the decision the plan's cost and duration from
 * the dispatch tables as transient variables, so that no business data becomes a process variable.
 */
@Component("provideDispatchApprovalFacts")
class ProvideDispatchApprovalFacts implements ExecutionListener {

    private final DispatchRepository dispatches;

    ProvideDispatchApprovalFacts(DispatchRepository dispatches) {
        this.dispatches = dispatches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Dispatch dispatch = dispatches.find(DispatchVariables.dispatchId(execution)).orElseThrow();
        DispatchApprovalDecision.asVariables(dispatch.costEstimateJpy(), dispatch.durationDays())
                .forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
    }
}

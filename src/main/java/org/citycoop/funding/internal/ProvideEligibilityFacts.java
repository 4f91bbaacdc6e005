package org.citycoop.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.citycoop.funding.FundingService;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Check eligibility": gives the decision its inputs from the domain tables as
 * transient variables, which are never stored or written to the history, so that no business
 * data becomes a process variable.
 */
@Component("provideEligibilityFacts")
class ProvideEligibilityFacts implements ExecutionListener {

    private final FundingService funding;

    ProvideEligibilityFacts(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        EligibilityDecision.asVariables(funding.eligibilityFactsOf(FundingVariables.applicationId(execution)))
                .forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
    }
}

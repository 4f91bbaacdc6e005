package org.citycoop.funding.internal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.springframework.stereotype.Component;

/** "Submit funding application": marks the application submitted to the agency; an application that cannot go becomes a BPMN error back to the draft. */
@Component("submitFundingApplication")
class SubmitFundingApplication implements JavaDelegate {

    private final FundingService funding;

    SubmitFundingApplication(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        funding.submit(FundingVariables.applicationId(execution)).ifPresent(problem -> {
            throw new BpmnError(FundingProcess.ERROR_APPLICATION_INCOMPLETE, problem);
        });
    }
}

package org.citycoop.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.funding.FundingOutcome;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.springframework.stereotype.Component;

/** "Record lapsed application": the revision was not resubmitted by the deadline. */
@Component("recordFundingLapse")
class RecordFundingLapse implements JavaDelegate {

    private final FundingService funding;

    RecordFundingLapse(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        funding.lapse(FundingVariables.applicationId(execution));
        execution.setVariable(FundingProcess.FUNDING_OUTCOME, FundingOutcome.LAPSED.name());
    }
}

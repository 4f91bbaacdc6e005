package org.citycoop.training.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.springframework.stereotype.Component;

/** The daily check while the logistics are open: open items due within a week are reminded of, once each. */
@Component("remindOfDueLogistics")
class RemindOfDueLogistics implements JavaDelegate {

    private final TrainingService training;

    RemindOfDueLogistics(TrainingService training) {
        this.training = training;
    }

    @Override
    public void execute(DelegateExecution execution) {
        training.remindOfDueLogistics(execution.getProcessBusinessKey(),
                Long.parseLong(String.valueOf(execution.getVariable(TrainingProcess.IMPLEMENTATION_ITEM))));
    }
}

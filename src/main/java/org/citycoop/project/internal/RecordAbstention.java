package org.citycoop.project.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.stereotype.Component;

/** 28 days without an answer: the member counts as abstaining. */
@Component("recordAbstention")
class RecordAbstention implements JavaDelegate {

    private final LifecycleRepository lifecycle;

    RecordAbstention(LifecycleRepository lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordConsent(lifecycle.projectIdOf(execution.getProcessBusinessKey()),
                (String) execution.getVariable(ScopeVariables.MEMBER_ORGANISATION), ConsentAnswer.ABSTAIN, null, "system");
    }
}

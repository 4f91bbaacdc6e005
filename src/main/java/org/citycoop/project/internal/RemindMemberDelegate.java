package org.citycoop.project.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.stereotype.Component;

/** 14 days without an answer: the member's delegate is reminded (recorded in the audit trail). */
@Component("remindMemberDelegate")
class RemindMemberDelegate implements JavaDelegate {

    private final LifecycleRepository lifecycle;
    private final AuditTrail audit;

    RemindMemberDelegate(LifecycleRepository lifecycle, AuditTrail audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        audit.record(lifecycle.projectIdOf(execution.getProcessBusinessKey()), "system", "CONSENT_REMINDER",
                Message.of("audit-detail.consent.reminder", execution.getVariable(ScopeVariables.MEMBER_ORGANISATION)));
    }
}

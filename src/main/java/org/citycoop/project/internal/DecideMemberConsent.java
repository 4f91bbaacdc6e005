package org.citycoop.project.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.base.Message;
import org.citycoop.base.AuditTrail;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.project.ProjectProcess;
import org.springframework.stereotype.Component;

/**
 * Applies the cooperative's consent rule once every member has answered or abstained.
 * Abstentions neither give nor refuse consent: ALL needs at least one consent and no refusal,
 * MAJORITY needs more consents than refusals (see DD004).
 */
@Component("decideMemberConsent")
class DecideMemberConsent implements JavaDelegate {

    private final LifecycleRepository lifecycle;
    private final AuditTrail audit;

    DecideMemberConsent(LifecycleRepository lifecycle, AuditTrail audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = lifecycle.projectIdOf(execution.getProcessBusinessKey());
        Map<ConsentAnswer, Long> answers = lifecycle.consentCount(projectId);
        long consents = answers.getOrDefault(ConsentAnswer.CONSENT, 0L);
        long refusals = answers.getOrDefault(ConsentAnswer.REFUSE, 0L);
        boolean given = "ALL".equals(lifecycle.consentRuleOfLead(projectId))
                ? consents > 0 && refusals == 0
                : consents > refusals;
        execution.setVariable(ProjectProcess.CONSENT_GIVEN, given);
        String detail = answers + (given ? "" : "; refusals: " + String.join("; ", lifecycle.refusalReasons(projectId)));
        lifecycle.recordDecision(projectId, "MEMBER_CONSENT", given ? "GIVEN" : "REFUSED", detail, "system");
        audit.record(projectId, "system", given ? "CONSENT_GIVEN" : "CONSENT_REFUSED", given
                ? Message.of("audit-detail.consent.count", consents, refusals)
                : Message.of("audit-detail.consent.count-refused", consents, refusals, new Message.Items(lifecycle.refusalReasons(projectId))));
    }
}

package org.citycoop.funding;

import java.time.LocalDate;

/**
 * The agency's decision as the reviewer enters it. Which fields are needed depends on the
 * decision (approve: the approved amount; reject: the reason; revise: what to revise and the
 * deadline), so the service checks them and names the missing field.
 */
public class FundingDecisionInput {

    private FundingDecision decision;
    private Long approvedAmountJpy;
    private String reason;
    private LocalDate revisionDeadline;

    public FundingDecision getDecision() {
        return decision;
    }

    public void setDecision(FundingDecision decision) {
        this.decision = decision;
    }

    public Long getApprovedAmountJpy() {
        return approvedAmountJpy;
    }

    public void setApprovedAmountJpy(Long approvedAmountJpy) {
        this.approvedAmountJpy = approvedAmountJpy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getRevisionDeadline() {
        return revisionDeadline;
    }

    public void setRevisionDeadline(LocalDate revisionDeadline) {
        this.revisionDeadline = revisionDeadline;
    }
}

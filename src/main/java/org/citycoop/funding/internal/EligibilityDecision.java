package org.citycoop.funding.internal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.citycoop.funding.EligibilityFacts;
import org.citycoop.funding.EligibilityReason;
import org.citycoop.funding.FundingProcess;
import org.springframework.stereotype.Component;

/**
 * The decision {@code FundingEligibility} outside the process, so that a draft or a revision that
 * changes amount or duration is checked against the same rules as the business rule task: the
 * caps live in the decision table only.
 */
@Component
public class EligibilityDecision {

    private final DecisionService decisions;

    EligibilityDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Every reason why the facts are not eligible; empty when they are. */
    public List<EligibilityReason> reasons(EligibilityFacts facts) {
        return reasons(decisions.evaluateDecisionByKey(FundingProcess.DECISION_KEY).variables(asVariables(facts)).evaluate());
    }

    static Map<String, Object> asVariables(EligibilityFacts facts) {
        return Map.of(EligibilityFacts.SCHEME_CODE, facts.schemeCode(),
                EligibilityFacts.LEAD_ORGANISATION_KIND, facts.leadOrganisationKind(),
                EligibilityFacts.PARTNER_REGION, facts.partnerRegion(),
                EligibilityFacts.DURATION_MONTHS, facts.durationMonths(),
                EligibilityFacts.REQUESTED_AMOUNT_JPY, facts.requestedAmountJpy());
    }

    /** The rows of a COLLECT result, in the order of the rules. */
    static List<EligibilityReason> reasons(DmnDecisionResult result) {
        return result.getResultList().stream()
                .map(row -> new EligibilityReason((String) row.get("field"), (String) row.get("reason")))
                .toList();
    }
}

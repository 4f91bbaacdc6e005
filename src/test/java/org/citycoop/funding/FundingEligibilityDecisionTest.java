package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision {@code FundingEligibility} on fixed cases, through the engine's DecisionService:
 * an eligible case, each reason alone, several reasons at once; and that its caps, durations,
 * lead kinds and regions are those of the scheme reference data (db/migration V5), so that the
 * two cannot drift apart.
 */
@CityCoopTest
class FundingEligibilityDecisionTest {

    private static final List<String> LEAD_KINDS = List.of("PREFECTURE", "CITY", "TOWN", "VILLAGE", "COOPERATIVE");

    @Autowired
    DecisionService decisions;

    @Autowired
    FundingService funding;

    @Autowired
    JdbcClient jdbc;

    @Test
    void kitakyushuWithSurabayaWithinTheJicaCapIsEligible() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "CITY", "SOUTHEAST_ASIA", 24, 24_000_000L)).isEmpty();
    }

    @Test
    void aSchemeThatIsNotInTheReferenceDataIsNotEligible() {
        assertThat(reasons("JICA_VOLUNTEERS", "CITY", "SOUTHEAST_ASIA", 24, 1_000_000L))
                .containsExactly(new EligibilityReason("schemeCode", "Funding scheme: choose one of the funding schemes in the list."));
    }

    @Test
    void anAmountAboveTheCapIsTheOnlyReason() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "CITY", "SOUTHEAST_ASIA", 24, 30_000_001L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("requestedAmountJpy");
                    assertThat(reason.reason()).startsWith("Requested amount:").contains("¥30,000,000");
                });
    }

    @Test
    void aDurationAboveTheLongestIsTheOnlyReason() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "CITY", "SOUTHEAST_ASIA", 37, 24_000_000L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("durationMonths");
                    assertThat(reason.reason()).startsWith("Duration:").contains("36 months");
                });
    }

    @Test
    void aCooperativeCannotLeadTheJcmStudy() {
        assertThat(reasons("MOE_JCM_C2C", "COOPERATIVE", "SOUTHEAST_ASIA", 12, 10_000_000L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("leadOrganisation");
                    assertThat(reason.reason()).startsWith("Lead organisation:");
                });
    }

    @Test
    void aLeadThatIsNoLocalGovernmentCannotApplyToJica() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "COMPANY", "SOUTHEAST_ASIA", 24, 24_000_000L))
                .extracting(EligibilityReason::field).containsExactly("leadOrganisation");
    }

    @Test
    void jaifFundsPartnersInSoutheastAsiaOnly() {
        assertThat(reasons("JAIF", "CITY", "SOUTH_ASIA", 24, 50_000_000L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("partnerRegion");
                    assertThat(reason.reason()).startsWith("Partner region:").contains("ASEAN");
                });
    }

    @Test
    void everyReasonIsGivenAtOnceInTheOrderOfTheInputs() {
        assertThat(reasons("MOE_JCM_C2C", "COOPERATIVE", "SOUTHEAST_ASIA", 24, 25_000_000L))
                .extracting(EligibilityReason::field)
                .containsExactly("leadOrganisation", "durationMonths", "requestedAmountJpy");
        assertThat(reasons("JAIF", "COMPANY", "AFRICA", 48, 150_000_001L))
                .extracting(EligibilityReason::field)
                .containsExactly("leadOrganisation", "partnerRegion", "durationMonths", "requestedAmountJpy");
    }

    @Test
    void theDecisionTableAndTheSchemeReferenceDataAgree() {
        List<String> regions = jdbc.sql("select code from region").query(String.class).list();
        List<FundingScheme> schemes = funding.schemes();
        assertThat(schemes).extracting(FundingScheme::code).containsExactlyInAnyOrder("JICA_GRASSROOTS_LG", "MOE_JCM_C2C", "JAIF");
        for (FundingScheme scheme : schemes) {
            String kind = scheme.leadKinds().get(0);
            String region = scheme.regions().get(0);
            int months = scheme.maxDurationMonths();
            long cap = scheme.maxAmountJpy();

            assertThat(reasons(scheme.code(), kind, region, months, cap)).as(scheme.code() + " at its limits").isEmpty();
            assertThat(reasons(scheme.code(), kind, region, months, cap + 1)).as(scheme.code() + " cap")
                    .extracting(EligibilityReason::field).containsExactly("requestedAmountJpy");
            assertThat(reasons(scheme.code(), kind, region, months + 1, cap)).as(scheme.code() + " duration")
                    .extracting(EligibilityReason::field).containsExactly("durationMonths");
            for (String leadKind : LEAD_KINDS) {
                assertThat(reasons(scheme.code(), leadKind, region, months, cap)).as(scheme.code() + " lead " + leadKind)
                        .extracting(EligibilityReason::field)
                        .isEqualTo(scheme.leadKinds().contains(leadKind) ? List.of() : List.of("leadOrganisation"));
            }
            for (String partnerRegion : regions) {
                assertThat(reasons(scheme.code(), kind, partnerRegion, months, cap)).as(scheme.code() + " region " + partnerRegion)
                        .extracting(EligibilityReason::field)
                        .isEqualTo(scheme.regions().contains(partnerRegion) ? List.of() : List.of("partnerRegion"));
            }
        }
    }

    private List<EligibilityReason> reasons(String scheme, String leadKind, String region, int months, long amount) {
        return decisions.evaluateDecisionByKey(FundingProcess.DECISION_KEY)
                .variables(Map.of(EligibilityFacts.SCHEME_CODE, scheme, EligibilityFacts.LEAD_ORGANISATION_KIND, leadKind,
                        EligibilityFacts.PARTNER_REGION, region, EligibilityFacts.DURATION_MONTHS, months,
                        EligibilityFacts.REQUESTED_AMOUNT_JPY, amount))
                .evaluate().getResultList().stream()
                .map(row -> new EligibilityReason((String) row.get("field"), (String) row.get("reason")))
                .toList();
    }
}

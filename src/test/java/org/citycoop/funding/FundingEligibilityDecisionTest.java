package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
                .containsExactly(new EligibilityReason("schemeCode", "funding.eligibility.unknown-scheme"));
    }

    @Test
    void anAmountAboveTheCapIsTheOnlyReason() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "CITY", "SOUTHEAST_ASIA", 24, 30_000_001L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("requestedAmountJpy");
                    assertThat(reason.message().in(Locale.ENGLISH)).startsWith("Requested amount:").contains("¥30,000,000");
                    assertThat(reason.message().in(Locale.JAPANESE)).isEqualTo("申請額: JICA草の根技術協力事業（地方自治体提案型）の"
                            + "上限は30,000,000円です。申請額を下げるか、別の制度を選んでください。");
                });
    }

    @Test
    void aDurationAboveTheLongestIsTheOnlyReason() {
        assertThat(reasons("JICA_GRASSROOTS_LG", "CITY", "SOUTHEAST_ASIA", 37, 24_000_000L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("durationMonths");
                    assertThat(reason.message().in(Locale.ENGLISH)).startsWith("Duration:").contains("36 months");
                    assertThat(reason.message().in(Locale.JAPANESE)).startsWith("期間:").contains("最長36か月");
                });
    }

    @Test
    void aCooperativeCannotLeadTheJcmStudy() {
        assertThat(reasons("MOE_JCM_C2C", "COOPERATIVE", "SOUTHEAST_ASIA", 12, 10_000_000L))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("leadOrganisation");
                    assertThat(reason.message().in(Locale.ENGLISH)).startsWith("Lead organisation:");
                    assertThat(reason.message().in(Locale.JAPANESE)).startsWith("実施団体:").contains("構成市町村が申請してください");
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
                    assertThat(reason.message().in(Locale.ENGLISH)).startsWith("Partner region:").contains("ASEAN");
                    assertThat(reason.message().in(Locale.JAPANESE)).startsWith("相手都市の地域:").contains("ASEAN加盟国（東南アジア）");
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
    void aReasonRecordedInEnglishBeforeTheKeysIsShownAsWritten() {
        EligibilityReason recorded = new EligibilityReason("durationMonths", "Duration: JAIF runs for at most 36 months; shorten the duration.");
        assertThat(recorded.message().in(Locale.JAPANESE)).isEqualTo("Duration: JAIF runs for at most 36 months; shorten the duration.");
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

package org.citycoop.feasibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A feasibility study's three forms as an officer fills them for a market-waste study in Surabaya. */
public final class TestStudies {

    private TestStudies() {
    }

    /** The scope, pasted with spaces around it, which the service trims. */
    public static StudyScope scope() {
        StudyScope scope = new StudyScope();
        scope.setScope(" Organic waste from three traditional markets in Surabaya. ");
        scope.setTermsOfReference("Waste composition survey, site visits, cost estimate; report within 4 months.");
        return scope;
    }

    public static FieldSurvey survey() {
        FieldSurvey survey = new FieldSurvey();
        survey.setSurveyStart(LocalDate.of(2027, 5, 10));
        survey.setSurveyEnd(LocalDate.of(2027, 5, 14));
        survey.setTeamMembers("Aiko Tanaka\nKenta Mori (NEXT consultants)");
        survey.setPartnerContactName("Budi Santoso");
        survey.setPartnerContactEmail("");
        return survey;
    }

    public static StudyFindings findings() {
        StudyFindings findings = new StudyFindings();
        findings.setRecommendedTechnology("Windrow composting of market waste");
        findings.setEstimatedCostJpy(48_000_000L);
        findings.setExpectedEffect("Less market waste to the Benowo landfill; compost for city parks.");
        findings.setWasteDivertedTonnesPerYear(new BigDecimal("7300.5"));
        return findings;
    }
}

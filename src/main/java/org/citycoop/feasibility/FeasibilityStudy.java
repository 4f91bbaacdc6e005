package org.citycoop.feasibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A project's feasibility study as it stands: scope, field survey, findings with the report
 * document, status and the manager's last review. Survey and findings are empty (null) until
 * the officer has recorded them; {@code wasteDivertedTonnesPerYear} and
 * {@code co2ReducedTonnesPerYear} stay null where they do not apply.
 */
public record FeasibilityStudy(long id, String projectCode, StudyStatus status,
                               String scope, String termsOfReference,
                               LocalDate surveyStart, LocalDate surveyEnd, String teamMembers,
                               String partnerContactName, String partnerContactEmail,
                               String recommendedTechnology, Long estimatedCostJpy, String expectedEffect,
                               BigDecimal wasteDivertedTonnesPerYear, BigDecimal co2ReducedTonnesPerYear,
                               Long reportDocumentId, String reportFileName,
                               Optional<StudyReview> lastReview) {

    public boolean hasSurvey() {
        return surveyStart != null;
    }

    public boolean hasReport() {
        return reportDocumentId != null;
    }

    public boolean isAccepted() {
        return status == StudyStatus.ACCEPTED;
    }

    /** The scope as a form edits it. */
    public StudyScope toScope() {
        StudyScope input = new StudyScope();
        input.setScope(scope);
        input.setTermsOfReference(termsOfReference);
        return input;
    }

    /** The survey as a form edits it (empty fields before it was recorded). */
    public FieldSurvey toSurvey() {
        FieldSurvey input = new FieldSurvey();
        input.setSurveyStart(surveyStart);
        input.setSurveyEnd(surveyEnd);
        input.setTeamMembers(teamMembers);
        input.setPartnerContactName(partnerContactName);
        input.setPartnerContactEmail(partnerContactEmail);
        return input;
    }

    /** The findings as a form edits them, e.g. to revise a report (empty fields before the first report). */
    public StudyFindings toFindings() {
        StudyFindings input = new StudyFindings();
        input.setRecommendedTechnology(recommendedTechnology);
        input.setEstimatedCostJpy(estimatedCostJpy);
        input.setExpectedEffect(expectedEffect);
        input.setWasteDivertedTonnesPerYear(wasteDivertedTonnesPerYear);
        input.setCo2ReducedTonnesPerYear(co2ReducedTonnesPerYear);
        return input;
    }
}

package org.citycoop.feasibility.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import org.citycoop.feasibility.FeasibilityStudy;
import org.citycoop.feasibility.FieldSurvey;
import org.citycoop.feasibility.StudyFindings;
import org.citycoop.feasibility.StudyReportFile;
import org.citycoop.feasibility.StudyReview;
import org.citycoop.feasibility.StudyReviewDecision;
import org.citycoop.feasibility.StudyScope;
import org.citycoop.feasibility.StudyStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feasibility studies and their reviews; a project's current study is its latest row. */
@Repository
public class FeasibilityRepository {

    private static final String SELECT = """
            select s.id, p.code as project_code, s.status, s.scope, s.terms_of_reference,
                   s.survey_start, s.survey_end, s.survey_team, s.partner_contact_name, s.partner_contact_email,
                   s.recommended_technology, s.estimated_cost_jpy, s.expected_effect,
                   s.waste_diverted_t_per_year, s.co2_reduced_t_per_year,
                   s.report_document_id, d.file_name as report_file_name,
                   r.decision as review_decision, r.comment as review_comment, r.reviewed_by, r.reviewed_at
            from feasibility_study s
            join project p on p.id = s.project_id
            join organisation lead on lead.id = p.lead_organisation_id
            join organisation partner on partner.id = p.partner_organisation_id
            left join document d on d.id = s.report_document_id
            left join lateral (select decision, comment, reviewed_by, reviewed_at from feasibility_study_review
                               where study_id = s.id order by id desc limit 1) r on true
            """;

    /** As for projects: the lead, its partner city, or a member of the lead cooperative. */
    private static final String VISIBLE_TO_ORGANISATION = """
            (lead.code = :organisation or partner.code = :organisation
             or exists (select 1 from organisation member
                        where member.cooperative_id = p.lead_organisation_id and member.code = :organisation))
            """;

    private final JdbcClient jdbc;

    FeasibilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> projectId(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).optional();
    }

    /** Starts a study round of a project with its scope. */
    public long insert(long projectId, StudyScope scope, String scopedBy) {
        return jdbc.sql("""
                        insert into feasibility_study (project_id, status, scope, terms_of_reference, scoped_by)
                        values (:project, 'SCOPED', :scope, :terms, :scopedBy)
                        returning id""")
                .param("project", projectId)
                .param("scope", scope.getScope().strip())
                .param("terms", scope.getTermsOfReference().strip())
                .param("scopedBy", scopedBy)
                .query(Long.class)
                .single();
    }

    /** The project's current study, for a task already checked to be the user's. */
    public Optional<FeasibilityStudy> currentOf(long projectId) {
        return jdbc.sql(SELECT + " where s.project_id = :project order by s.id desc limit 1")
                .param("project", projectId)
                .query(FeasibilityRepository::map)
                .optional();
    }

    /** The project's current study if the organisation takes part in the project. */
    public Optional<FeasibilityStudy> currentVisible(String projectCode, String organisationCode) {
        return jdbc.sql(SELECT + " where p.code = :code and " + VISIBLE_TO_ORGANISATION + " order by s.id desc limit 1")
                .param("code", projectCode)
                .param("organisation", organisationCode)
                .query(FeasibilityRepository::map)
                .optional();
    }

    /**
     * The report file of the project's current study if the organisation takes part in the
     * project. Read here because the document feature offers no read yet; only this study's
     * own report is read.
     */
    public Optional<StudyReportFile> currentReportVisible(String projectCode, String organisationCode) {
        return jdbc.sql("""
                        select d.file_name, d.content_type, d.content
                        from feasibility_study s
                        join project p on p.id = s.project_id
                        join organisation lead on lead.id = p.lead_organisation_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        join document d on d.id = s.report_document_id and d.project_id = s.project_id
                        where s.id = (select max(latest.id) from feasibility_study latest where latest.project_id = p.id)
                          and p.code = :code and """ + VISIBLE_TO_ORGANISATION)
                .param("code", projectCode)
                .param("organisation", organisationCode)
                .query((rs, row) -> new StudyReportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public void recordSurvey(long studyId, FieldSurvey survey, String surveyedBy) {
        jdbc.sql("""
                        update feasibility_study set survey_start = :start, survey_end = :end, survey_team = :team,
                               partner_contact_name = :contact, partner_contact_email = :email,
                               surveyed_by = :surveyedBy, surveyed_at = now(), status = 'SURVEYED'
                        where id = :id""")
                .param("id", studyId)
                .param("start", survey.getSurveyStart())
                .param("end", survey.getSurveyEnd())
                .param("team", survey.getTeamMembers().strip())
                .param("contact", survey.getPartnerContactName().strip())
                .param("email", blankToNull(survey.getPartnerContactEmail()))
                .param("surveyedBy", surveyedBy)
                .update();
    }

    /** Findings and the report; a null {@code reportDocumentId} keeps the report already stored. */
    public void recordFindings(long studyId, StudyFindings findings, Long reportDocumentId, String reportedBy) {
        jdbc.sql("""
                        update feasibility_study set recommended_technology = :technology, estimated_cost_jpy = :cost,
                               expected_effect = :effect, waste_diverted_t_per_year = :waste,
                               co2_reduced_t_per_year = :co2,
                               report_document_id = coalesce(:document, report_document_id),
                               reported_by = :reportedBy, reported_at = now(), status = 'IN_REVIEW'
                        where id = :id""")
                .param("id", studyId)
                .param("technology", findings.getRecommendedTechnology().strip())
                .param("cost", findings.getEstimatedCostJpy())
                .param("effect", findings.getExpectedEffect().strip())
                .param("waste", findings.getWasteDivertedTonnesPerYear())
                .param("co2", findings.getCo2ReducedTonnesPerYear())
                .param("document", reportDocumentId, Types.BIGINT)
                .param("reportedBy", reportedBy)
                .update();
    }

    public void recordReview(long studyId, StudyReviewDecision decision, String comment, String reviewedBy) {
        jdbc.sql("""
                        insert into feasibility_study_review (study_id, decision, comment, reviewed_by)
                        values (:study, :decision, :comment, :reviewedBy)""")
                .param("study", studyId)
                .param("decision", decision.name())
                .param("comment", comment)
                .param("reviewedBy", reviewedBy)
                .update();
        jdbc.sql("update feasibility_study set status = :status where id = :id")
                .param("id", studyId)
                .param("status", (decision == StudyReviewDecision.ACCEPT ? StudyStatus.ACCEPTED : StudyStatus.REVISION_REQUESTED).name())
                .update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FeasibilityStudy map(ResultSet rs, int row) throws SQLException {
        String reviewDecision = rs.getString("review_decision");
        Optional<StudyReview> lastReview = reviewDecision == null ? Optional.empty()
                : Optional.of(new StudyReview(StudyReviewDecision.valueOf(reviewDecision), rs.getString("review_comment"),
                        rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toInstant()));
        return new FeasibilityStudy(rs.getLong("id"), rs.getString("project_code"), StudyStatus.valueOf(rs.getString("status")),
                rs.getString("scope"), rs.getString("terms_of_reference"),
                rs.getObject("survey_start", LocalDate.class), rs.getObject("survey_end", LocalDate.class),
                rs.getString("survey_team"), rs.getString("partner_contact_name"), rs.getString("partner_contact_email"),
                rs.getString("recommended_technology"), rs.getObject("estimated_cost_jpy", Long.class),
                rs.getString("expected_effect"), rs.getObject("waste_diverted_t_per_year", BigDecimal.class),
                rs.getObject("co2_reduced_t_per_year", BigDecimal.class),
                rs.getObject("report_document_id", Long.class), rs.getString("report_file_name"), lastReview);
    }
}

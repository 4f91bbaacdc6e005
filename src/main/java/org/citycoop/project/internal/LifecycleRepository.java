package org.citycoop.project.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.project.CompletionReport;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.project.CooperationAgreement;
import org.citycoop.project.DacCriterion;
import org.citycoop.project.Evaluation;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.RecordedEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The records of a project's lifecycle after screening (db/migration V3). */
@Repository
public class LifecycleRepository {

    private final JdbcClient jdbc;

    LifecycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordConsent(long projectId, String memberCode, ConsentAnswer answer, String reason, String decidedBy) {
        jdbc.sql("""
                        insert into member_consent (project_id, member_code, answer, reason, decided_by)
                        values (:project, :member, :answer, :reason, :decidedBy)""")
                .param("project", projectId).param("member", memberCode).param("answer", answer.name())
                .param("reason", reason).param("decidedBy", decidedBy).update();
    }

    /** Number of answers per kind for the project's consent round. */
    public Map<ConsentAnswer, Long> consentCount(long projectId) {
        return jdbc.sql("select answer from member_consent where project_id = :project")
                .param("project", projectId).query(String.class).list().stream()
                .collect(Collectors.groupingBy(ConsentAnswer::valueOf, Collectors.counting()));
    }

    public List<String> refusalReasons(long projectId) {
        return jdbc.sql("select member_code || ': ' || reason from member_consent where project_id = :project and answer = 'REFUSE' order by id")
                .param("project", projectId).query(String.class).list();
    }

    public void recordAgreement(long projectId, String leadSignatory, String partnerSignatory, LocalDate signedOn,
                                LocalDate expiresOn, Long documentId, String confirmedBy) {
        jdbc.sql("""
                        insert into cooperation_agreement (project_id, lead_signatory, partner_signatory, signed_on, expires_on,
                                                           document_id, confirmed_by)
                        values (:project, :lead, :partner, :signed, :expires, :document, :confirmedBy)""")
                .param("project", projectId).param("lead", leadSignatory).param("partner", partnerSignatory)
                .param("signed", signedOn).param("expires", expiresOn).param("document", documentId)
                .param("confirmedBy", confirmedBy).update();
    }

    public Optional<CooperationAgreement> agreement(long projectId) {
        return jdbc.sql("""
                        select lead_signatory, partner_signatory, signed_on, expires_on
                        from cooperation_agreement where project_id = :project""")
                .param("project", projectId).query(CooperationAgreement.class).optional();
    }

    public LocalDate agreementSignedOn(long projectId) {
        return jdbc.sql("select signed_on from cooperation_agreement where project_id = :project")
                .param("project", projectId).query(LocalDate.class).single();
    }

    public void renewAgreement(long projectId, LocalDate expiresOn) {
        jdbc.sql("update cooperation_agreement set expires_on = :expires where project_id = :project")
                .param("project", projectId).param("expires", expiresOn).update();
    }

    public void recordDecision(long projectId, String kind, String outcome, String comment, String decidedBy) {
        jdbc.sql("""
                        insert into project_decision (project_id, kind, outcome, comment, decided_by)
                        values (:project, :kind, :outcome, :comment, :decidedBy)""")
                .param("project", projectId).param("kind", kind).param("outcome", outcome)
                .param("comment", comment).param("decidedBy", decidedBy).update();
    }

    public long insertItem(long projectId, PlannedItem item) {
        return jdbc.sql("""
                        insert into implementation_item (project_id, kind, title, planned_start, planned_end)
                        values (:project, :kind, :title, :start, :end) returning id""")
                .param("project", projectId).param("kind", item.kind().name()).param("title", item.title().strip())
                .param("start", item.plannedStart()).param("end", item.plannedEnd())
                .query(Long.class).single();
    }

    public long recordActionPlan(long projectId, String summary, String submittedBy) {
        return jdbc.sql("insert into action_plan (project_id, summary, submitted_by) values (:project, :summary, :by) returning id")
                .param("project", projectId).param("summary", summary).param("by", submittedBy).query(Long.class).single();
    }

    public void insertTarget(long actionPlanId, String indicatorCode, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
        jdbc.sql("""
                        insert into action_plan_indicator (action_plan_id, indicator_code, baseline, target, target_date)
                        values (:plan, :indicator, :baseline, :target, :targetDate)""")
                .param("plan", actionPlanId).param("indicator", indicatorCode).param("baseline", baseline)
                .param("target", target).param("targetDate", targetDate).update();
    }

    /** The action plan's summary, the day it was submitted (Japan time) and who submitted it. */
    public Optional<ActionPlanRow> findActionPlan(long projectId) {
        return jdbc.sql("""
                        select id, summary, (submitted_at at time zone 'Asia/Tokyo')::date as submitted_on, submitted_by
                        from action_plan where project_id = :project""")
                .param("project", projectId).query(ActionPlanRow.class).optional();
    }

    public List<TargetRow> targets(long actionPlanId) {
        return jdbc.sql("""
                        select id, indicator_code, baseline, target, target_date from action_plan_indicator
                        where action_plan_id = :plan order by id""")
                .param("plan", actionPlanId).query(TargetRow.class).list();
    }

    public record ActionPlanRow(long id, String summary, LocalDate submittedOn, String submittedBy) {
    }

    public record TargetRow(long id, String indicatorCode, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
    }

    public void recordCompletionReport(long projectId, String outcomes, String lessons, String writtenBy) {
        jdbc.sql("insert into completion_report (project_id, outcomes, lessons, written_by) values (:project, :outcomes, :lessons, :by)")
                .param("project", projectId).param("outcomes", outcomes).param("lessons", lessons).param("by", writtenBy).update();
    }

    public Optional<CompletionReport> findCompletionReport(long projectId) {
        return jdbc.sql("select outcomes, lessons, written_by, written_at from completion_report where project_id = :project")
                .param("project", projectId)
                .query((row, n) -> new CompletionReport(row.getString("outcomes"), row.getString("lessons"),
                        row.getString("written_by"), row.getObject("written_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    public void recordEvaluation(long projectId, Evaluation evaluation, String evaluatedBy) {
        jdbc.sql("""
                        insert into project_evaluation (project_id, criterion, rating, comment, evaluated_by)
                        values (:project, :criterion, :rating, :comment, :by)""")
                .param("project", projectId).param("criterion", evaluation.criterion().name())
                .param("rating", evaluation.rating()).param("comment", evaluation.comment().strip()).param("by", evaluatedBy).update();
    }

    /** The evaluation of the project, one rating per criterion in the order of {@link DacCriterion}; empty until evaluated. */
    public Optional<RecordedEvaluation> findEvaluation(long projectId) {
        List<EvaluationRow> rows = jdbc.sql("""
                        select criterion, rating, comment, evaluated_by, evaluated_at from project_evaluation
                        where project_id = :project""")
                .param("project", projectId)
                .query((row, n) -> new EvaluationRow(new Evaluation(DacCriterion.valueOf(row.getString("criterion")),
                        row.getString("rating"), row.getString("comment")), row.getString("evaluated_by"),
                        row.getObject("evaluated_at", OffsetDateTime.class).toInstant()))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        EvaluationRow last = rows.stream().max(Comparator.comparing(EvaluationRow::evaluatedAt)).orElseThrow();
        return Optional.of(new RecordedEvaluation(rows.stream().map(EvaluationRow::rating)
                .sorted(Comparator.comparing(Evaluation::criterion)).toList(), last.evaluatedBy(), last.evaluatedAt()));
    }

    private record EvaluationRow(Evaluation rating, String evaluatedBy, Instant evaluatedAt) {
    }

    public void suspend(long projectId, ProjectStatus current, String reason) {
        jdbc.sql("""
                        update project set status = 'SUSPENDED', status_before_suspension = :current, suspension_reason = :reason
                        where id = :id""")
                .param("id", projectId).param("current", current.name()).param("reason", reason).update();
    }

    public void resume(long projectId) {
        jdbc.sql("""
                        update project set status = status_before_suspension, status_before_suspension = null, suspension_reason = null
                        where id = :id and status = 'SUSPENDED'""")
                .param("id", projectId).update();
    }

    /** Suspension is for approved projects: before that, the manager returns or rejects the proposal. */
    public boolean approvedAtScreening(long projectId) {
        return jdbc.sql("select exists (select 1 from project_screening where project_id = :id and decision = 'APPROVE')")
                .param("id", projectId).query(Boolean.class).single();
    }

    public Optional<String> suspensionReason(long projectId) {
        return jdbc.sql("select suspension_reason from project where id = :id and status = 'SUSPENDED'")
                .param("id", projectId).query(String.class).optional();
    }

    public long projectIdOf(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).single();
    }

    public String consentRuleOfLead(long projectId) {
        return jdbc.sql("select lead.consent_rule from project p join organisation lead on lead.id = p.lead_organisation_id where p.id = :id")
                .param("id", projectId).query(String.class).single();
    }
}

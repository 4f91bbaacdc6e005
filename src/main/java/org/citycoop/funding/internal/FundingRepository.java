package org.citycoop.funding.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.name.NameColumns;
import org.citycoop.funding.BudgetLine;
import org.citycoop.funding.EligibilityReason;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplication.Agreement;
import org.citycoop.funding.FundingApplication.Decision;
import org.citycoop.funding.FundingApplication.InternalApproval;
import org.citycoop.funding.FundingApplication.Review;
import org.citycoop.funding.FundingApplicationStatus;
import org.citycoop.funding.FundingApplicationSummary;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingProject;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingScheme.ChecklistItem;
import org.citycoop.funding.FundingScheme.ReportingRule;
import org.citycoop.funding.FundingScheme.ScoringCriterion;
import org.citycoop.funding.Instalment;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.funding.ReportingDuty;
import org.citycoop.funding.ReportingDutyKind;
import org.citycoop.funding.QueuedApplication;
import org.citycoop.funding.SubmissionSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funding schemes (reference data), applications and everything recorded on them. */
@Repository
public class FundingRepository {

    private static final String PROJECT = """
            select p.id, p.code, p.title, lead.code as lead_code, lead.name_en as lead_name_en, lead.name_ja as lead_name_ja,
                   lead.kind as lead_kind, partner.name_en as partner_name_en, partner.name_ja as partner_name_ja,
                   country.name as partner_country_en, country.name_ja as partner_country_ja, country.region_code,
                   p.planned_start, p.planned_end
            from project p
            join organisation lead on lead.id = p.lead_organisation_id
            join organisation partner on partner.id = p.partner_organisation_id
            join country on country.iso2 = partner.country_iso2
            """;

    private static final String APPLICATION = """
            select a.id, p.code as project_code, a.round, a.scheme_code, a.status, a.requested_amount_jpy,
                   a.duration_months, a.objectives, a.activities, a.submission_count, a.submitted_at, a.submission_problem
            from funding_application a
            join project p on p.id = a.project_id
            """;

    private final JdbcClient jdbc;

    FundingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- projects ----------------------------------------------------------------------------

    public Optional<FundingProject> project(String projectCode) {
        return jdbc.sql(PROJECT + " where p.code = :code").param("code", projectCode)
                .query((rs, row) -> new FundingProject(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("lead_code"), NameColumns.read(rs, "lead_name"), rs.getString("lead_kind"),
                        NameColumns.read(rs, "partner_name"), NameColumns.read(rs, "partner_country"), rs.getString("region_code"),
                        rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class)))
                .optional();
    }

    // ---- schemes -----------------------------------------------------------------------------

    public List<FundingScheme> schemes() {
        return jdbc.sql("select code from funding_scheme order by name").query(String.class).list().stream()
                .map(code -> scheme(code).orElseThrow()).toList();
    }

    public Optional<FundingScheme> scheme(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select code, name, agency_code, max_amount_jpy, max_duration_months, description, accepting_applications
                        from funding_scheme where code = :code""")
                .param("code", code)
                .query((rs, row) -> new FundingScheme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getInt(5), rs.getString(6), rs.getBoolean(7), leadKinds(code), regions(code), criteria(code),
                        checklist(code), reportingRules(code)))
                .optional();
    }

    private List<String> leadKinds(String scheme) {
        return jdbc.sql("select kind from funding_scheme_lead_kind where scheme_code = :scheme order by kind")
                .param("scheme", scheme).query(String.class).list();
    }

    private List<String> regions(String scheme) {
        return jdbc.sql("select region_code from funding_scheme_region where scheme_code = :scheme order by region_code")
                .param("scheme", scheme).query(String.class).list();
    }

    private List<ScoringCriterion> criteria(String scheme) {
        return jdbc.sql("select id, code, weight from funding_scoring_criterion where scheme_code = :scheme order by position")
                .param("scheme", scheme)
                .query((rs, row) -> new ScoringCriterion(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private List<ChecklistItem> checklist(String scheme) {
        return jdbc.sql("select id, code from funding_checklist_item where scheme_code = :scheme order by position")
                .param("scheme", scheme)
                .query((rs, row) -> new ChecklistItem(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private List<ReportingRule> reportingRules(String scheme) {
        return jdbc.sql("""
                        select kind, interval_months, days_after from funding_reporting_rule
                        where scheme_code = :scheme order by kind desc""")
                .param("scheme", scheme)
                .query((rs, row) -> new ReportingRule(ReportingDutyKind.valueOf(rs.getString(1)),
                        rs.getObject(2, Integer.class), rs.getInt(3)))
                .list();
    }

    // ---- applications ------------------------------------------------------------------------

    /** Starts the project's next application round with the chosen scheme. */
    public long insert(long projectId, String schemeCode, long requestedAmountJpy, int durationMonths, String createdBy) {
        return jdbc.sql("""
                        insert into funding_application (project_id, round, scheme_code, status, requested_amount_jpy,
                                                         duration_months, created_by)
                        values (:project, (select coalesce(max(round), 0) + 1 from funding_application where project_id = :project),
                                :scheme, 'SCHEME_CHOSEN', :amount, :months, :createdBy)
                        returning id""")
                .param("project", projectId)
                .param("scheme", schemeCode)
                .param("amount", requestedAmountJpy)
                .param("months", durationMonths)
                .param("createdBy", createdBy)
                .query(Long.class)
                .single();
    }

    /** The officer who started the application: the one a decision on it is for. */
    public String createdBy(long applicationId) {
        return jdbc.sql("select created_by from funding_application where id = :id").param("id", applicationId)
                .query(String.class).single();
    }

    public void changeScheme(long applicationId, String schemeCode, long requestedAmountJpy, int durationMonths) {
        jdbc.sql("""
                        update funding_application set scheme_code = :scheme, requested_amount_jpy = :amount,
                               duration_months = :months, status = 'SCHEME_CHOSEN'
                        where id = :id""")
                .param("id", applicationId)
                .param("scheme", schemeCode)
                .param("amount", requestedAmountJpy)
                .param("months", durationMonths)
                .update();
    }

    /** Stores the draft: text, amount, duration, and the budget lines in place of the old ones. */
    public void saveDraft(long applicationId, String objectives, String activities, int durationMonths,
                          long requestedAmountJpy, List<BudgetLine> lines) {
        jdbc.sql("""
                        update funding_application set objectives = :objectives, activities = :activities,
                               duration_months = :months, requested_amount_jpy = :amount
                        where id = :id""")
                .param("id", applicationId)
                .param("objectives", objectives)
                .param("activities", activities)
                .param("months", durationMonths)
                .param("amount", requestedAmountJpy)
                .update();
        jdbc.sql("delete from funding_budget_line where application_id = :id").param("id", applicationId).update();
        for (int i = 0; i < lines.size(); i++) {
            jdbc.sql("""
                            insert into funding_budget_line (application_id, position, item, amount_jpy)
                            values (:id, :position, :item, :amount)""")
                    .param("id", applicationId)
                    .param("position", i + 1)
                    .param("item", lines.get(i).getItem().strip())
                    .param("amount", lines.get(i).getAmountJpy())
                    .update();
        }
    }

    public void updateStatus(long applicationId, FundingApplicationStatus status) {
        jdbc.sql("update funding_application set status = :status where id = :id")
                .param("id", applicationId).param("status", status.name()).update();
    }

    public void recordSubmission(long applicationId) {
        jdbc.sql("""
                        update funding_application set status = 'SUBMITTED', submission_count = submission_count + 1,
                               submitted_at = now(), submission_problem = null
                        where id = :id""")
                .param("id", applicationId).update();
    }

    /** Keeps what the application says at its latest submission (call right after {@link #recordSubmission}). */
    public void recordSubmissionSnapshot(long applicationId) {
        long submissionId = jdbc.sql("""
                        insert into funding_submission (application_id, submission, requested_amount_jpy, duration_months,
                                                        objectives, activities, submitted_at)
                        select id, submission_count, requested_amount_jpy, duration_months, objectives, activities, submitted_at
                        from funding_application where id = :id
                        returning id""")
                .param("id", applicationId).query(Long.class).single();
        jdbc.sql("""
                        insert into funding_submission_budget_line (submission_id, position, item, amount_jpy)
                        select :submission, position, item, amount_jpy from funding_budget_line where application_id = :id""")
                .param("submission", submissionId).param("id", applicationId).update();
    }

    /** The latest {@code count} submissions of an application, latest first. */
    public List<SubmissionSnapshot> latestSubmissions(long applicationId, int count) {
        return jdbc.sql("""
                        select id, submission, requested_amount_jpy, duration_months, objectives, activities, submitted_at
                        from funding_submission where application_id = :id order by submission desc limit :count""")
                .param("id", applicationId).param("count", count)
                .query((rs, row) -> new SubmissionSnapshot(rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), submittedBudgetLines(rs.getLong(1)), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private List<BudgetLine> submittedBudgetLines(long submissionId) {
        return jdbc.sql("select item, amount_jpy from funding_submission_budget_line where submission_id = :id order by position")
                .param("id", submissionId)
                .query((rs, row) -> new BudgetLine(rs.getString(1), rs.getLong(2)))
                .list();
    }

    // ---- reviewer queue ----------------------------------------------------------------------

    private static final String QUEUE = """
            from funding_application a
            join funding_scheme s on s.code = a.scheme_code
            join project p on p.id = a.project_id
            where s.agency_code = :agency and a.status = 'SUBMITTED' and a.submission_count > 0""";

    /** One page of the submitted applications awaiting an agency's screening or decision: by scheme, oldest submission first. */
    public List<QueuedApplication> agencyQueue(String agencyCode, int offset, int limit) {
        return jdbc.sql("""
                        select p.code, p.title, a.round, s.code, s.name, a.submission_count, a.submitted_at, a.requested_amount_jpy
                        """ + QUEUE + """

                        order by s.name, a.submitted_at, a.id offset :offset limit :limit""")
                .param("agency", agencyCode).param("offset", offset).param("limit", limit)
                .query((rs, row) -> new QueuedApplication(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getLong(8)))
                .list();
    }

    /** How many applications await the agency, by scheme name, in scheme order. */
    public Map<String, Long> agencyQueueCounts(String agencyCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select s.code, count(*) " + QUEUE + " group by s.code order by s.code")
                .param("agency", agencyCode)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    public void recordSubmissionProblem(long applicationId, String problem) {
        jdbc.sql("update funding_application set status = 'DRAFTING', submission_problem = :problem where id = :id")
                .param("id", applicationId).param("problem", problem).update();
    }

    public void clearSubmissionProblem(long applicationId) {
        jdbc.sql("update funding_application set submission_problem = null where id = :id").param("id", applicationId).update();
    }

    public Optional<Long> projectIdOf(long applicationId) {
        return jdbc.sql("select project_id from funding_application where id = :id").param("id", applicationId)
                .query(Long.class).optional();
    }

    public Optional<Long> idOf(String projectCode, int round) {
        return jdbc.sql("select a.id from funding_application a join project p on p.id = a.project_id where p.code = :code and a.round = :round")
                .param("code", projectCode).param("round", round).query(Long.class).optional();
    }

    public Optional<FundingApplication> find(long applicationId) {
        boolean exists = jdbc.sql("select count(*) from funding_application where id = :id").param("id", applicationId)
                .query(Integer.class).single() > 0;
        return exists ? Optional.of(load(applicationId)) : Optional.empty();
    }

    private FundingApplication load(long id) {
        return jdbc.sql(APPLICATION + " where a.id = :id").param("id", id)
                .query((rs, row) -> new FundingApplication(rs.getLong("id"), rs.getString("project_code"), rs.getInt("round"),
                        scheme(rs.getString("scheme_code")).orElseThrow(),
                        FundingApplicationStatus.valueOf(rs.getString("status")), rs.getLong("requested_amount_jpy"),
                        rs.getInt("duration_months"), rs.getString("objectives"), rs.getString("activities"),
                        budgetLines(id), latestEligibilityReasons(id), rs.getInt("submission_count"),
                        instant(rs.getTimestamp("submitted_at")), rs.getString("submission_problem"),
                        lastInternalApproval(id), reviews(id), lastDecision(id), agreement(id)))
                .single();
    }

    private List<BudgetLine> budgetLines(long applicationId) {
        return jdbc.sql("select item, amount_jpy from funding_budget_line where application_id = :id order by position")
                .param("id", applicationId)
                .query((rs, row) -> new BudgetLine(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** The applications of a project that the organisation may see: lead, member of the lead cooperative, partner city, or the agency once it was submitted to it. */
    public List<FundingApplicationSummary> visibleSummaries(String projectCode, String organisationCode) {
        return jdbc.sql("""
                        select p.code, a.round, a.scheme_code, s.name, s.agency_code, a.status, a.requested_amount_jpy,
                               (select d.approved_amount_jpy from funding_decision d where d.application_id = a.id
                                order by d.id desc limit 1) as approved_amount_jpy,
                               a.submitted_at
                        from funding_application a
                        join funding_scheme s on s.code = a.scheme_code
                        join project p on p.id = a.project_id
                        join organisation lead on lead.id = p.lead_organisation_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        where p.code = :code
                          and (lead.code = :organisation or partner.code = :organisation
                               or exists (select 1 from organisation member
                                          where member.cooperative_id = p.lead_organisation_id and member.code = :organisation)
                               or (s.agency_code = :organisation and a.submission_count > 0))
                        order by a.round""")
                .param("code", projectCode)
                .param("organisation", organisationCode)
                .query((rs, row) -> new FundingApplicationSummary(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), FundingApplicationStatus.valueOf(rs.getString(6)), rs.getLong(7),
                        rs.getObject(8, Long.class), instant(rs.getTimestamp(9))))
                .list();
    }

    // ---- eligibility -------------------------------------------------------------------------

    public void recordEligibilityCheck(long applicationId, List<EligibilityReason> reasons) {
        long checkId = jdbc.sql("""
                        insert into funding_eligibility_check (application_id, scheme_code, requested_amount_jpy, duration_months, eligible)
                        select id, scheme_code, requested_amount_jpy, duration_months, :eligible from funding_application where id = :id
                        returning id""")
                .param("id", applicationId)
                .param("eligible", reasons.isEmpty())
                .query(Long.class)
                .single();
        for (int i = 0; i < reasons.size(); i++) {
            jdbc.sql("insert into funding_eligibility_reason (check_id, position, field, reason) values (:check, :position, :field, :reason)")
                    .param("check", checkId)
                    .param("position", i + 1)
                    .param("field", reasons.get(i).field())
                    .param("reason", reasons.get(i).reason())
                    .update();
        }
    }

    private List<EligibilityReason> latestEligibilityReasons(long applicationId) {
        return jdbc.sql("""
                        select r.field, r.reason from funding_eligibility_reason r
                        where r.check_id = (select max(id) from funding_eligibility_check where application_id = :id)
                        order by r.position""")
                .param("id", applicationId)
                .query((rs, row) -> new EligibilityReason(rs.getString(1), rs.getString(2)))
                .list();
    }

    // ---- internal approval -------------------------------------------------------------------

    public void recordInternalApproval(long applicationId, InternalApprovalDecision decision, String comment, String decidedBy) {
        jdbc.sql("""
                        insert into funding_internal_approval (application_id, decision, comment, decided_by)
                        values (:id, :decision, :comment, :decidedBy)""")
                .param("id", applicationId)
                .param("decision", decision.name())
                .param("comment", comment)
                .param("decidedBy", decidedBy)
                .update();
    }

    public List<InternalApproval> internalApprovals(long applicationId) {
        return jdbc.sql("""
                        select decision, comment, decided_by, decided_at from funding_internal_approval
                        where application_id = :id order by id desc""")
                .param("id", applicationId)
                .query((rs, row) -> new InternalApproval(InternalApprovalDecision.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    private Optional<InternalApproval> lastInternalApproval(long applicationId) {
        return internalApprovals(applicationId).stream().findFirst();
    }

    // ---- conflicts of interest ---------------------------------------------------------------

    /** Records the declaration once; a second declaration by the same reviewer keeps the first. */
    public void declareConflict(long applicationId, String reviewer, String reason) {
        jdbc.sql("""
                        insert into funding_conflict_declaration (application_id, reviewer, reason)
                        values (:id, :reviewer, :reason) on conflict do nothing""")
                .param("id", applicationId)
                .param("reviewer", reviewer)
                .param("reason", reason)
                .update();
    }

    public boolean hasDeclaredConflict(long applicationId, String reviewer) {
        return jdbc.sql("select count(*) from funding_conflict_declaration where application_id = :id and reviewer = :reviewer")
                .param("id", applicationId).param("reviewer", reviewer).query(Integer.class).single() > 0;
    }

    // ---- reviews -----------------------------------------------------------------------------

    public void recordReview(long applicationId, int submission, String reviewer, String comment, BigDecimal weightedScore,
                             Map<Long, Integer> scoresByCriterion, Map<Long, Boolean> checksByItem) {
        long reviewId = jdbc.sql("""
                        insert into funding_review (application_id, submission, reviewer, comment, weighted_score)
                        values (:id, :submission, :reviewer, :comment, :score)
                        returning id""")
                .param("id", applicationId)
                .param("submission", submission)
                .param("reviewer", reviewer)
                .param("comment", comment)
                .param("score", weightedScore)
                .query(Long.class)
                .single();
        scoresByCriterion.forEach((criterion, score) -> jdbc.sql(
                        "insert into funding_review_score (review_id, criterion_id, score) values (:review, :criterion, :score)")
                .param("review", reviewId).param("criterion", criterion).param("score", score).update());
        checksByItem.forEach((item, fulfilled) -> jdbc.sql(
                        "insert into funding_review_check (review_id, checklist_item_id, fulfilled) values (:review, :item, :fulfilled)")
                .param("review", reviewId).param("item", item).param("fulfilled", fulfilled).update());
    }

    private List<Review> reviews(long applicationId) {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        jdbc.sql("""
                        select s.review_id, c.code, s.score from funding_review_score s
                        join funding_scoring_criterion c on c.id = s.criterion_id
                        join funding_review r on r.id = s.review_id
                        where r.application_id = :id order by c.position""")
                .param("id", applicationId)
                .query((rs, row) -> scores.computeIfAbsent(rs.getLong(1), review -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getInt(3)))
                .list();
        Map<Long, Set<String>> fulfilled = new HashMap<>();
        jdbc.sql("""
                        select k.review_id, i.code from funding_review_check k
                        join funding_checklist_item i on i.id = k.checklist_item_id
                        join funding_review r on r.id = k.review_id
                        where r.application_id = :id and k.fulfilled""")
                .param("id", applicationId)
                .query((rs, row) -> fulfilled.computeIfAbsent(rs.getLong(1), review -> new HashSet<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("""
                        select id, submission, reviewer, comment, weighted_score, reviewed_at from funding_review
                        where application_id = :id order by id""")
                .param("id", applicationId)
                .query((rs, row) -> new Review(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        Map.copyOf(scores.getOrDefault(rs.getLong(1), Map.of())),
                        Set.copyOf(fulfilled.getOrDefault(rs.getLong(1), Set.of())), rs.getTimestamp(6).toInstant()))
                .list();
    }

    // ---- decisions ---------------------------------------------------------------------------

    public void recordDecision(long applicationId, FundingDecision decision, Long approvedAmountJpy, String reason,
                               LocalDate revisionDeadline, String decidedBy) {
        jdbc.sql("""
                        insert into funding_decision (application_id, decision, approved_amount_jpy, reason, revision_deadline, decided_by)
                        values (:id, :decision, :amount, :reason, :deadline, :decidedBy)""")
                .param("id", applicationId)
                .param("decision", decision.name())
                .param("amount", approvedAmountJpy)
                .param("reason", reason)
                .param("deadline", revisionDeadline)
                .param("decidedBy", decidedBy)
                .update();
    }

    private Optional<Decision> lastDecision(long applicationId) {
        return jdbc.sql("""
                        select decision, approved_amount_jpy, reason, revision_deadline, decided_by, decided_at
                        from funding_decision where application_id = :id order by id desc limit 1""")
                .param("id", applicationId)
                .query((rs, row) -> new Decision(FundingDecision.valueOf(rs.getString(1)), rs.getObject(2, Long.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    // ---- agreement ---------------------------------------------------------------------------

    /** Stores the agreement with its schedule and duties; returns the ids of the duties, in the order given. */
    public List<Long> recordAgreement(long applicationId, long approvedAmountJpy, LocalDate contractStart, LocalDate contractEnd,
                                      List<Instalment> instalments, List<ReportingDuty> duties, String recordedBy) {
        long agreementId = jdbc.sql("""
                        insert into funding_agreement (application_id, approved_amount_jpy, contract_start, contract_end, recorded_by)
                        values (:id, :amount, :start, :end, :recordedBy)
                        returning id""")
                .param("id", applicationId)
                .param("amount", approvedAmountJpy)
                .param("start", contractStart)
                .param("end", contractEnd)
                .param("recordedBy", recordedBy)
                .query(Long.class)
                .single();
        for (int i = 0; i < instalments.size(); i++) {
            jdbc.sql("""
                            insert into funding_instalment (agreement_id, position, due_on, amount_jpy)
                            values (:agreement, :position, :dueOn, :amount)""")
                    .param("agreement", agreementId)
                    .param("position", i + 1)
                    .param("dueOn", instalments.get(i).getDueOn())
                    .param("amount", instalments.get(i).getAmountJpy())
                    .update();
        }
        List<Long> dutyIds = new ArrayList<>();
        for (ReportingDuty duty : duties) {
            dutyIds.add(jdbc.sql("""
                            insert into funding_reporting_duty (agreement_id, kind, title, period_end, due_on)
                            values (:agreement, :kind, :title, :periodEnd, :dueOn)
                            returning id""")
                    .param("agreement", agreementId)
                    .param("kind", duty.kind().name())
                    .param("title", duty.title().toString())
                    .param("periodEnd", duty.periodEnd())
                    .param("dueOn", duty.dueOn())
                    .query(Long.class)
                    .single());
        }
        return dutyIds;
    }

    private Optional<Agreement> agreement(long applicationId) {
        return jdbc.sql("""
                        select id, approved_amount_jpy, contract_start, contract_end, recorded_by, recorded_at
                        from funding_agreement where application_id = :id""")
                .param("id", applicationId)
                .query((rs, row) -> new Agreement(rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), instalments(rs.getLong(1)), duties(rs.getLong(1)),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private List<Instalment> instalments(long agreementId) {
        return jdbc.sql("select due_on, amount_jpy from funding_instalment where agreement_id = :id order by position")
                .param("id", agreementId)
                .query((rs, row) -> new Instalment(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
    }

    private List<ReportingDuty> duties(long agreementId) {
        // the title is worded from the scheme, the kind and the period's number among the duties of its kind
        return jdbc.sql("""
                        select d.kind, f.scheme_code, row_number() over (partition by d.kind order by d.due_on, d.id),
                            d.period_end, d.due_on
                        from funding_reporting_duty d
                        join funding_agreement a on a.id = d.agreement_id
                        join funding_application f on f.id = a.application_id
                        where d.agreement_id = :id order by d.due_on, d.id""")
                .param("id", agreementId)
                .query(FundingRepository::duty)
                .list();
    }

    private static ReportingDuty duty(ResultSet rs, int row) throws SQLException {
        ReportingDutyKind kind = ReportingDutyKind.valueOf(rs.getString(1));
        return new ReportingDuty(kind, ReportingDuty.title(rs.getString(2), kind, rs.getInt(3)),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

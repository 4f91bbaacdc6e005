package org.citycoop.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.funding.FundingApplication.Decision;
import org.citycoop.funding.FundingScheme.ChecklistItem;
import org.citycoop.funding.FundingScheme.ReportingRule;
import org.citycoop.funding.FundingScheme.ScoringCriterion;
import org.citycoop.funding.internal.EligibilityDecision;
import org.citycoop.funding.internal.FundingRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding applications: scheme and eligibility, draft, internal approval, submission, the
 * agency's screening and decision, revision, and the agreement. Each task method checks on the
 * server that the task is the user's (organisation and role, through {@link WorkflowService})
 * and of the right kind, validates the input, and changes the application and completes the task
 * in one transaction: a refused step leaves both as they were. The eligibility rules are in the
 * decision {@code FundingEligibility} only; the figures of the schemes are reference data.
 */
@Service
public class FundingService {

    private static final Set<String> TASKS = Set.of(FundingProcess.TASK_CHOOSE_SCHEME, FundingProcess.TASK_DRAFT_APPLICATION,
            FundingProcess.TASK_APPROVE_APPLICATION, FundingProcess.TASK_SCREEN_APPLICATION,
            FundingProcess.TASK_DECIDE_APPLICATION, FundingProcess.TASK_REVISE_APPLICATION, FundingProcess.TASK_RECORD_AGREEMENT);
    static final Set<String> REVIEWER_TASKS = Set.of(FundingProcess.TASK_SCREEN_APPLICATION,
            FundingProcess.TASK_DECIDE_APPLICATION);
    /** The inputs of the eligibility decision that a draft can change, and the draft fields they belong to. */
    private static final Set<String> DRAFT_FIELDS = Set.of(EligibilityFacts.DURATION_MONTHS, EligibilityFacts.REQUESTED_AMOUNT_JPY);
    private static final int MAX_COMMENT = 2000;
    /** How far ahead an agency may set a revision deadline. */
    private static final int MAX_REVISION_MONTHS = 12;

    private final FundingRepository applications;
    private final FundingReportService reports;
    private final EligibilityDecision eligibility;
    private final WorkflowService workflow;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FundingService(FundingRepository applications, FundingReportService reports, EligibilityDecision eligibility,
                   WorkflowService workflow, InputValidator validator, AuditTrail audit, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.reports = reports;
        this.eligibility = eligibility;
        this.workflow = workflow;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading -----------------------------------------------------------------------------

    /**
     * A funding task with its project and application; refused when the user may not see it, it
     * is another kind of task, or the user is a reviewer who declared a conflict of interest.
     */
    @Transactional(readOnly = true)
    public FundingTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        FundingTask task = visibleTask(taskId, taskDefinitionKey, user);
        if (REVIEWER_TASKS.contains(taskDefinitionKey) && task.application()
                .filter(application -> applications.hasDeclaredConflict(application.id(), user.getUsername())).isPresent()) {
            throw new ConflictOfInterestException(taskId);
        }
        return task;
    }

    /** The schemes an officer can choose from, with their reference data. */
    @Transactional(readOnly = true)
    public List<FundingScheme> schemes() {
        return applications.schemes();
    }

    /**
     * The applications of a project, first round first, for the lead organisation (and the
     * members of a lead cooperative), the partner city, and the agency of a submitted application.
     * Others get an empty list, as for a project that has none.
     */
    @Transactional(readOnly = true)
    public List<FundingApplicationSummary> applicationsOf(String projectCode, CityCoopUser user) {
        return applications.visibleSummaries(projectCode, user.organisationCode());
    }

    /** An application of a project by its round, with everything recorded on it, under the same rule as {@link #applicationsOf}. */
    @Transactional(readOnly = true)
    public Optional<FundingApplication> application(String projectCode, int round, CityCoopUser user) {
        return applications.visibleSummaries(projectCode, user.organisationCode()).stream()
                .filter(summary -> summary.round() == round).findFirst()
                .flatMap(summary -> applications.idOf(projectCode, round))
                .flatMap(applications::find)
                .map(found -> asSeenBy(found, user));
    }

    /** The reports a scheme requires for a contract period, as the agreement will record them. */
    @Transactional(readOnly = true)
    public List<ReportingDuty> reportingDutiesOf(String schemeCode, LocalDate contractStart, LocalDate contractEnd) {
        if (contractStart == null || contractEnd == null || !contractEnd.isAfter(contractStart)) {
            return List.of();
        }
        return applications.scheme(schemeCode).map(scheme -> reportingDuties(scheme, contractStart, contractEnd)).orElse(List.of());
    }

    // ---- officer: scheme, draft, revision, agreement -----------------------------------------

    /**
     * The officer chooses a scheme with a first amount and duration. The first choice starts the
     * project's next application round; after an ineligible check the same application is changed.
     * The process then checks eligibility at once; the scheme's agency scopes the reviewer tasks.
     * Returns whether the application is eligible: if not, the officer chooses again and sees why.
     */
    @Transactional
    public boolean chooseScheme(String taskId, SchemeChoice choice, CityCoopUser officer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_CHOOSE_SCHEME, officer);
        SchemeChoice input = Objects.requireNonNullElseGet(choice, SchemeChoice::new);
        validator.check(input);
        FundingScheme scheme = applications.scheme(input.getSchemeCode())
                .orElseThrow(() -> InvalidInputException.of("schemeCode", "funding.problem.scheme"));
        if (!scheme.acceptingApplications()) {
            throw InvalidInputException.of("schemeCode", "funding.problem.scheme.closed", Message.of(scheme.nameKey()));
        }
        long applicationId;
        if (task.application().isPresent()) {
            applicationId = task.application().get().id();
            applications.changeScheme(applicationId, scheme.code(), input.getRequestedAmountJpy(), input.getDurationMonths());
        } else {
            applicationId = applications.insert(task.project().id(), scheme.code(), input.getRequestedAmountJpy(),
                    input.getDurationMonths(), officer.getUsername());
        }
        audit.record(task.project().id(), officer.getUsername(), "FUNDING_SCHEME_CHOSEN",
                Message.of("audit-detail.funding.scheme-chosen", Message.of(scheme.nameKey()),
                        new Message.Yen(input.getRequestedAmountJpy()), input.getDurationMonths()));
        workflow.complete(taskId, Actor.of(officer), Map.of(
                FundingProcess.APPLICATION_ID, applicationId,
                ScopeVariables.FUNDING_AGENCY, scheme.agencyCode()));
        return requireApplication(applicationId).status() != FundingApplicationStatus.INELIGIBLE;
    }

    /** The officer drafts the application and sends it to the manager for internal approval. */
    @Transactional
    public void submitDraft(String taskId, ApplicationDraft draft, CityCoopUser officer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_DRAFT_APPLICATION, officer);
        FundingApplication application = task.requireApplication();
        ApplicationDraft input = checkDraft(draft, task.project(), application);
        saveDraft(application, input);
        applications.updateStatus(application.id(), FundingApplicationStatus.AWAITING_INTERNAL_APPROVAL);
        audit.record(task.project().id(), officer.getUsername(), "FUNDING_APPLICATION_DRAFTED",
                Message.of("audit-detail.funding.drafted", Message.of(application.scheme().nameKey()),
                        new Message.Yen(input.getRequestedAmountJpy())));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The officer revises the application as the agency asked, before the deadline; it goes back to screening. */
    @Transactional
    public void revise(String taskId, ApplicationDraft draft, CityCoopUser officer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_REVISE_APPLICATION, officer);
        FundingApplication application = task.requireApplication();
        ApplicationDraft input = checkDraft(draft, task.project(), application);
        saveDraft(application, input);
        audit.record(task.project().id(), officer.getUsername(), "FUNDING_APPLICATION_REVISED",
                Message.of("problem.of", new Message.Yen(input.getRequestedAmountJpy())));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /**
     * The officer records the agreement signed with the agency: amount, contract period and
     * disbursement schedule. The scheme's reporting duties follow from the contract period; each is
     * stored with its due date and becomes the officer's task when its period ends.
     */
    @Transactional
    public void recordAgreement(String taskId, FundingAgreementInput agreement, CityCoopUser officer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_RECORD_AGREEMENT, officer);
        FundingApplication application = task.requireApplication();
        Decision approval = application.lastDecision().filter(decision -> decision.decision() == FundingDecision.APPROVE)
                .orElseThrow(() -> new IllegalStateException("Application " + application.id() + " is not approved"));
        FundingAgreementInput input = Objects.requireNonNullElseGet(agreement, FundingAgreementInput::new);
        List<FieldProblem> problems = beanProblems(input);
        if (input.getApprovedAmountJpy() != null && input.getApprovedAmountJpy() > approval.approvedAmountJpy()) {
            problems.add(FieldProblem.of("approvedAmountJpy", "funding.problem.agreement.amount", new Message.Yen(approval.approvedAmountJpy())));
        }
        boolean periodKnown = input.getContractStart() != null && input.getContractEnd() != null;
        if (periodKnown && !input.getContractEnd().isAfter(input.getContractStart())) {
            problems.add(FieldProblem.of("contractEnd", "funding.problem.agreement.end"));
        }
        List<Instalment> instalments = input.getInstalments();
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            if (periodKnown && instalment != null && instalment.getDueOn() != null
                    && (instalment.getDueOn().isBefore(input.getContractStart()) || instalment.getDueOn().isAfter(input.getContractEnd()))) {
                problems.add(FieldProblem.of("instalments[" + i + "].dueOn", "funding.problem.agreement.instalment-date", i + 1));
            }
        }
        boolean amountsKnown = !instalments.isEmpty() && instalments.stream()
                .allMatch(instalment -> instalment != null && instalment.getAmountJpy() != null);
        if (amountsKnown && input.getApprovedAmountJpy() != null) {
            long total = instalments.stream().mapToLong(Instalment::getAmountJpy).sum();
            if (total != input.getApprovedAmountJpy()) {
                problems.add(FieldProblem.of("instalments", "funding.problem.agreement.instalments",
                        new Message.Yen(total), new Message.Yen(input.getApprovedAmountJpy())));
            }
        }
        refuseIfAny(problems);
        List<Instalment> schedule = instalments.stream().sorted(Comparator.comparing(Instalment::getDueOn)).toList();
        List<ReportingDuty> duties = reportingDuties(application.scheme(), input.getContractStart(), input.getContractEnd());
        List<Long> dutyIds = applications.recordAgreement(application.id(), input.getApprovedAmountJpy(),
                input.getContractStart(), input.getContractEnd(), schedule, duties, officer.getUsername());
        reports.schedule(task.project(), dutyIds, officer);
        applications.updateStatus(application.id(), FundingApplicationStatus.AGREED);
        audit.record(task.project().id(), officer.getUsername(), "FUNDING_AGREEMENT_RECORDED",
                Message.of("audit-detail.funding.agreement", new Message.Yen(input.getApprovedAmountJpy()),
                        input.getContractStart(), input.getContractEnd(), schedule.size(), duties.size()));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    // ---- manager -----------------------------------------------------------------------------

    /** A manager of the lead organisation approves the application for submission, or returns it to the officer with a comment. */
    @Transactional
    public void approveInternally(String taskId, InternalApprovalDecision decision, String comment, CityCoopUser manager) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_APPROVE_APPLICATION, manager);
        if (decision == null) {
            throw InvalidInputException.of("decision", "funding.problem.approval.decision");
        }
        String cleanComment = comment == null ? "" : comment.strip();
        if (decision == InternalApprovalDecision.RETURN && cleanComment.isEmpty()) {
            throw InvalidInputException.of("comment", "funding.problem.approval.comment");
        }
        if (cleanComment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "problem.too-long", Message.of("problem.label.comment"), MAX_COMMENT);
        }
        FundingApplication application = task.requireApplication();
        applications.recordInternalApproval(application.id(), decision, cleanComment.isEmpty() ? null : cleanComment,
                manager.getUsername());
        if (decision == InternalApprovalDecision.RETURN) {
            applications.updateStatus(application.id(), FundingApplicationStatus.DRAFTING);
        }
        audit.record(task.project().id(), manager.getUsername(), "FUNDING_APPLICATION_INTERNAL_" + decision.name(), cleanComment);
        workflow.complete(taskId, Actor.of(manager), Map.of(FundingProcess.INTERNAL_APPROVAL, decision.name()));
    }

    // ---- agency reviewer ---------------------------------------------------------------------

    /** Claims a reviewer task for the user, unless they declared a conflict of interest with the application. */
    @Transactional
    public void claim(String taskId, String taskDefinitionKey, CityCoopUser user) {
        openTask(taskId, taskDefinitionKey, user);
        workflow.claim(taskId, Actor.of(user));
    }

    /**
     * A reviewer declares a conflict of interest with the application. It is recorded, the
     * reviewer is refused every task of the application from now on, and a task they had claimed
     * goes back to their colleagues.
     */
    @Transactional
    public void declareConflict(String taskId, String reason, CityCoopUser reviewer) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw InvalidInputException.of("conflictReason", "funding.problem.conflict");
        }
        if (cleanReason.length() > MAX_COMMENT) {
            throw InvalidInputException.of("conflictReason", "problem.too-long", Message.of("funding.problem.label.conflict"), MAX_COMMENT);
        }
        WorkTask work = workflow.requireTask(taskId, Actor.of(reviewer));
        if (!REVIEWER_TASKS.contains(work.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        FundingTask task = visibleTask(taskId, work.taskDefinitionKey(), reviewer);
        FundingApplication application = task.requireApplication();
        applications.declareConflict(application.id(), reviewer.getUsername(), cleanReason);
        if (reviewer.getUsername().equals(work.assignee())) {
            workflow.unclaim(taskId, Actor.of(reviewer));
        }
        // the declaration is the agency's: neither the applicant nor the partner city learns of it
        audit.recordOnlyFor(reviewer.organisationCode(), task.project().id(), reviewer.getUsername(), "FUNDING_CONFLICT_DECLARED",
                cleanReason);
    }

    /**
     * A reviewer of the agency screens the submitted application: the checklist, a score of 1 to
     * 5 for every criterion of the scheme, and comments. The weighted score follows from the
     * weights of the scheme.
     */
    @Transactional
    public void screen(String taskId, ApplicationReview review, CityCoopUser reviewer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_SCREEN_APPLICATION, reviewer);
        FundingApplication application = task.requireApplication();
        FundingScheme scheme = application.scheme();
        ApplicationReview input = Objects.requireNonNullElseGet(review, ApplicationReview::new);
        List<FieldProblem> problems = beanProblems(input);
        Map<String, Integer> scores = input.getScores();
        for (ScoringCriterion criterion : scheme.criteria()) {
            Integer score = scores.get(criterion.code());
            if (score == null || score < 1 || score > 5) {
                problems.add(FieldProblem.of("scores." + criterion.code(), "funding.problem.review.score",
                        Message.of(scheme.criterionKey(criterion))));
            }
        }
        Set<String> criterionCodes = scheme.criteria().stream().map(ScoringCriterion::code).collect(Collectors.toSet());
        if (!criterionCodes.containsAll(scores.keySet())) {
            problems.add(FieldProblem.of("scores", "funding.problem.review.scores", Message.of(scheme.nameKey())));
        }
        Set<String> itemCodes = scheme.checklist().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        if (!itemCodes.containsAll(input.getFulfilledItems())) {
            problems.add(FieldProblem.of("fulfilledItems", "funding.problem.review.checklist", Message.of(scheme.nameKey())));
        }
        refuseIfAny(problems);
        Map<Long, Integer> scoresByCriterion = new LinkedHashMap<>();
        scheme.criteria().forEach(criterion -> scoresByCriterion.put(criterion.id(), scores.get(criterion.code())));
        Map<Long, Boolean> checksByItem = new LinkedHashMap<>();
        scheme.checklist().forEach(item -> checksByItem.put(item.id(), input.getFulfilledItems().contains(item.code())));
        BigDecimal weighted = weightedScore(scheme, scores);
        applications.recordReview(application.id(), Math.max(1, application.submissionCount()), reviewer.getUsername(),
                input.getComment().strip(), weighted, scoresByCriterion, checksByItem);
        // the score is the agency's, as the reviews are (asSeenBy)
        audit.recordOnlyFor(reviewer.organisationCode(), task.project().id(), reviewer.getUsername(), "FUNDING_APPLICATION_SCREENED",
                Message.of("audit-detail.funding.weighted-score", weighted.toPlainString()));
        workflow.complete(taskId, Actor.of(reviewer), Map.of());
    }

    /**
     * A reviewer of the agency decides: approve with an amount up to the requested one, reject
     * with the reason, or ask for a revision by a deadline (after which the application lapses).
     */
    @Transactional
    public void decide(String taskId, FundingDecisionInput decision, CityCoopUser reviewer) {
        FundingTask task = openTask(taskId, FundingProcess.TASK_DECIDE_APPLICATION, reviewer);
        FundingApplication application = task.requireApplication();
        FundingDecisionInput input = Objects.requireNonNullElseGet(decision, FundingDecisionInput::new);
        if (input.getDecision() == null) {
            throw InvalidInputException.of("decision", "funding.problem.decision");
        }
        String reason = input.getReason() == null ? "" : input.getReason().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (reason.length() > MAX_COMMENT) {
            problems.add(FieldProblem.of("reason", "problem.too-long", Message.of("problem.label.reason"), MAX_COMMENT));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(FundingProcess.FUNDING_DECISION, input.getDecision().name());
        switch (input.getDecision()) {
            case APPROVE -> {
                Long amount = input.getApprovedAmountJpy();
                if (amount == null || amount <= 0 || amount > application.requestedAmountJpy()) {
                    problems.add(FieldProblem.of("approvedAmountJpy", "funding.problem.decision.amount",
                            new Message.Yen(1), new Message.Yen(application.requestedAmountJpy())));
                }
                variables.put(FundingProcess.FUNDING_OUTCOME, FundingOutcome.APPROVED.name());
            }
            case REJECT -> {
                if (reason.isEmpty()) {
                    problems.add(FieldProblem.of("reason", "funding.problem.decision.reject-reason"));
                }
                variables.put(FundingProcess.FUNDING_OUTCOME, FundingOutcome.REJECTED.name());
            }
            case REVISE -> {
                if (reason.isEmpty()) {
                    problems.add(FieldProblem.of("reason", "funding.problem.decision.revise-reason"));
                }
                LocalDate today = LocalDate.now(clock);
                LocalDate deadline = input.getRevisionDeadline();
                if (deadline == null || !deadline.isAfter(today) || deadline.isAfter(today.plusMonths(MAX_REVISION_MONTHS))) {
                    problems.add(FieldProblem.of("revisionDeadline", "funding.problem.decision.deadline"));
                } else {
                    // the revision lapses when the deadline day is over, in Japan
                    variables.put(FundingProcess.REVISION_DEADLINE, Date.from(deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
                }
            }
            default -> throw new IllegalArgumentException(input.getDecision().name());
        }
        refuseIfAny(problems);
        FundingDecision kind = input.getDecision();
        applications.recordDecision(application.id(), kind, kind == FundingDecision.APPROVE ? input.getApprovedAmountJpy() : null,
                reason.isEmpty() ? null : reason, kind == FundingDecision.REVISE ? input.getRevisionDeadline() : null,
                reviewer.getUsername());
        applications.updateStatus(application.id(), switch (kind) {
            case APPROVE -> FundingApplicationStatus.APPROVED;
            case REJECT -> FundingApplicationStatus.REJECTED;
            case REVISE -> FundingApplicationStatus.REVISION_REQUESTED;
        });
        audit.record(task.project().id(), reviewer.getUsername(), "FUNDING_DECISION_" + kind.name(), switch (kind) {
            case APPROVE -> Message.of("audit-detail.funding.approved", new Message.Yen(input.getApprovedAmountJpy()),
                    new Message.Yen(application.requestedAmountJpy()));
            case REJECT -> Message.of("problem.of", reason);
            case REVISE -> Message.of("audit-detail.funding.revise-by", input.getRevisionDeadline(), reason);
        });
        workflow.complete(taskId, Actor.of(reviewer), variables);
        events.publishEvent(new FundingDecided(task.project().code(), task.project().title(), application.scheme().name(), kind,
                applications.createdBy(application.id()), task.project().leadCode()));
    }

    // ---- engine side (delegates and listeners) -----------------------------------------------

    /** The inputs of the eligibility decision for an application, from the domain tables. */
    @Transactional
    public EligibilityFacts eligibilityFactsOf(long applicationId) {
        FundingApplication application = requireApplication(applicationId);
        FundingProject project = applications.project(application.projectCode()).orElseThrow();
        return facts(application.scheme().code(), project, application.durationMonths(), application.requestedAmountJpy());
    }

    /** Keeps the reasons of an eligibility check; returns whether the application is eligible. */
    @Transactional
    public boolean recordEligibility(long applicationId, List<EligibilityReason> reasons) {
        applications.recordEligibilityCheck(applicationId, reasons);
        boolean eligible = reasons.isEmpty();
        applications.updateStatus(applicationId, eligible ? FundingApplicationStatus.DRAFTING : FundingApplicationStatus.INELIGIBLE);
        if (eligible) {
            audit.record(projectIdOf(applicationId), "system", "FUNDING_ELIGIBLE");
        } else {
            audit.record(projectIdOf(applicationId), "system", "FUNDING_NOT_ELIGIBLE", Message.of("audit-detail.funding.not-eligible",
                    new Message.Sentences(reasons.stream().map(EligibilityReason::message).toList())));
        }
        return eligible;
    }

    /**
     * Submits the application to the agency of its scheme. Returns why it cannot go (then it goes
     * back to the officer's draft with that problem), or empty when it was submitted. Does not
     * throw for such a problem, so that the engine's transaction can take the error path.
     */
    @Transactional
    public Optional<String> submit(long applicationId) {
        FundingApplication application = requireApplication(applicationId);
        Optional<String> problem = submissionProblem(application);
        if (problem.isPresent()) {
            // the row keeps the key, worded for each reader (DD032); the audit and the engine's error keep English
            applications.recordSubmissionProblem(applicationId, problem.get());
            Message worded = application.submissionProblem(problem.get());
            audit.record(projectIdOf(applicationId), "system", "FUNDING_SUBMISSION_FAILED", worded);
            return Optional.of(worded.toString());
        }
        applications.recordSubmission(applicationId);
        applications.recordSubmissionSnapshot(applicationId);
        audit.record(projectIdOf(applicationId), "system", "FUNDING_APPLICATION_SUBMITTED",
                Message.of("audit-detail.funding.submitted", application.scheme().agencyCode(), application.submissionCount() + 1));
        return Optional.empty();
    }

    /** The requested revision was not resubmitted by its deadline. */
    @Transactional
    public void lapse(long applicationId) {
        applications.updateStatus(applicationId, FundingApplicationStatus.LAPSED);
        audit.record(projectIdOf(applicationId), "system", "FUNDING_APPLICATION_LAPSED", "revision not resubmitted by the deadline");
    }

    /** Whether the reviewer declared a conflict of interest with the application. */
    @Transactional
    public boolean hasDeclaredConflict(long applicationId, String reviewer) {
        return applications.hasDeclaredConflict(applicationId, reviewer);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private FundingTask visibleTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!TASKS.contains(taskDefinitionKey) || !taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        FundingProject project = applications.project(task.businessKey()).orElseThrow(() -> new IllegalStateException(
                "Funding task " + taskId + " has no project: business key " + task.businessKey()));
        String applicationId = workflow.variable(taskId, FundingProcess.APPLICATION_ID, Actor.of(user));
        Optional<FundingApplication> application = applicationId == null ? Optional.empty()
                : applications.find(Long.parseLong(applicationId)).map(found -> asSeenBy(found, user));
        return new FundingTask(task, project, application);
    }

    /** Reviews are the agency's: other organisations get the application without them. */
    private static FundingApplication asSeenBy(FundingApplication application, CityCoopUser user) {
        return user.organisationCode().equals(application.scheme().agencyCode()) ? application : application.withoutReviews();
    }

    private FundingApplication requireApplication(long applicationId) {
        return applications.find(applicationId)
                .orElseThrow(() -> new IllegalStateException("No funding application " + applicationId));
    }

    private long projectIdOf(long applicationId) {
        return applications.projectIdOf(applicationId).orElseThrow();
    }

    /**
     * Bean validation, the budget adding up to the requested amount, and the scheme's rules for
     * the new amount and duration (the same decision as the process uses), each problem on its field.
     */
    private ApplicationDraft checkDraft(ApplicationDraft draft, FundingProject project, FundingApplication application) {
        ApplicationDraft input = Objects.requireNonNullElseGet(draft, ApplicationDraft::new);
        List<FieldProblem> problems = beanProblems(input);
        boolean linesComplete = !input.getBudgetLines().isEmpty() && input.getBudgetLines().stream()
                .allMatch(line -> line != null && line.getAmountJpy() != null);
        if (linesComplete && input.getRequestedAmountJpy() != null) {
            long total = input.getBudgetLines().stream().mapToLong(BudgetLine::getAmountJpy).sum();
            if (total != input.getRequestedAmountJpy()) {
                problems.add(FieldProblem.of("requestedAmountJpy", "funding.problem.draft.amount", new Message.Yen(total)));
            }
        }
        if (input.getRequestedAmountJpy() != null && input.getRequestedAmountJpy() > 0 && input.getDurationMonths() != null
                && input.getDurationMonths() > 0) {
            eligibility.reasons(facts(application.scheme().code(), project, input.getDurationMonths(), input.getRequestedAmountJpy()))
                    .forEach(reason -> problems.add(new FieldProblem(
                            DRAFT_FIELDS.contains(reason.field()) ? reason.field() : "schemeCode", reason.message())));
        }
        refuseIfAny(problems);
        return input;
    }

    private void saveDraft(FundingApplication application, ApplicationDraft input) {
        applications.saveDraft(application.id(), input.getObjectives().strip(), input.getActivities().strip(),
                input.getDurationMonths(), input.getRequestedAmountJpy(), input.getBudgetLines());
        applications.clearSubmissionProblem(application.id());
    }

    /** The key of why the application cannot go to the agency (FundingApplication words it), or empty. */
    private static Optional<String> submissionProblem(FundingApplication application) {
        if (!application.scheme().acceptingApplications()) {
            return Optional.of(FundingApplication.SCHEME_CLOSED);
        }
        if (application.objectives() == null || application.activities() == null || application.budgetLines().isEmpty()) {
            return Optional.of(FundingApplication.DRAFT_INCOMPLETE);
        }
        if (application.budgetTotalJpy() != application.requestedAmountJpy()) {
            return Optional.of(FundingApplication.BUDGET_DIFFERS);
        }
        return Optional.empty();
    }

    private static EligibilityFacts facts(String schemeCode, FundingProject project, int durationMonths, long requestedAmountJpy) {
        return new EligibilityFacts(schemeCode, project.leadKind(), project.region(), durationMonths, requestedAmountJpy);
    }

    /** The sum of score × weight over the sum of the weights, to two decimals. */
    static BigDecimal weightedScore(FundingScheme scheme, Map<String, Integer> scores) {
        long weighted = 0;
        long weights = 0;
        for (ScoringCriterion criterion : scheme.criteria()) {
            weighted += (long) scores.get(criterion.code()) * criterion.weight();
            weights += criterion.weight();
        }
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** The scheme's reports for a contract period, due date first. */
    static List<ReportingDuty> reportingDuties(FundingScheme scheme, LocalDate start, LocalDate end) {
        List<ReportingDuty> duties = new ArrayList<>();
        for (ReportingRule rule : scheme.reportingRules()) {
            if (rule.intervalMonths() == null) {
                duties.add(new ReportingDuty(rule.kind(), ReportingDuty.title(scheme.code(), rule.kind(), 1), null,
                        end.plusDays(rule.daysAfter())));
                continue;
            }
            int period = 1;
            LocalDate periodEnd = start.plusMonths(rule.intervalMonths()).minusDays(1);
            while (periodEnd.isBefore(end)) {
                duties.add(new ReportingDuty(rule.kind(), ReportingDuty.title(scheme.code(), rule.kind(), period), periodEnd,
                        periodEnd.plusDays(rule.daysAfter())));
                period++;
                periodEnd = start.plusMonths((long) rule.intervalMonths() * period).minusDays(1);
            }
        }
        duties.sort(Comparator.comparing(ReportingDuty::dueOn));
        return duties;
    }

    private List<FieldProblem> beanProblems(Object input) {
        try {
            validator.check(input);
            return new ArrayList<>();
        } catch (InvalidInputException invalid) {
            return new ArrayList<>(invalid.problems());
        }
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

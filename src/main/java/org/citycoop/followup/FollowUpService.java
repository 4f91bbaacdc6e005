package org.citycoop.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citycoop.name.Name;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Numbers;
import org.citycoop.base.Texts;
import org.citycoop.document.DocumentService;
import org.citycoop.followup.internal.FollowUpRepository;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.PlannedTarget;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.project.SubmittedActionPlan;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up of a project after the partner's action plan ({@code FollowUpProcess}): the officer
 * sets the rounds, the partner reports each round's progress on the plan's indicator targets, the
 * officer reviews it. Every read checks that the user's organisation takes part in the project.
 */
@Service
public class FollowUpService {

    static final String EVIDENCE_KIND = "FOLLOW_UP_EVIDENCE";

    private final FollowUpRepository followUps;
    private final ProjectService projects;
    private final ImplementationService implementation;
    private final DocumentService documents;
    private final WorkflowService workflow;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, ProjectService projects, ImplementationService implementation,
                    DocumentService documents, WorkflowService workflow, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.projects = projects;
        this.implementation = implementation;
        this.documents = documents;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** A follow-up task if the user may work on it; otherwise {@link TaskNotAvailableException}. */
    @Transactional(readOnly = true)
    public FollowUpTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        ProjectTask task = projects.openTask(taskId, taskDefinitionKey, user);
        Project project = task.project();
        SubmittedActionPlan plan = implementation.actionPlan(project.code(), user)
                .orElseThrow(() -> new IllegalStateException("Follow-up of " + project.code() + " without an action plan"));
        Optional<FollowUpSchedule> schedule = followUps.schedule(project.id()).map(row -> FollowUpSchedule.parse(row.cycle()));
        if (taskDefinitionKey.equals(FollowUpProcess.TASK_SET_SCHEDULE)) {
            return new FollowUpTask(task.task(), project, plan, schedule, Optional.empty(), progress(plan, List.of()));
        }
        long roundId = Long.parseLong(workflow.variable(taskId, FollowUpProcess.ROUND, Actor.of(user)));
        FollowUpRepository.RoundRow row = followUps.round(roundId).orElseThrow();
        FollowUpRound round = new FollowUpRound(roundId, row.roundNo(), row.dueOn(), followUps.reviews(roundId));
        return new FollowUpTask(task.task(), project, plan, schedule, Optional.of(round),
                progress(plan, followUps.measurements(project.id(), roundId)));
    }

    /** The officer sets the rounds, e.g. {@code R2/P6M}: 6 and 12 months after the action plan. */
    @Transactional
    public List<LocalDate> setSchedule(String taskId, String scheduleText, CityCoopUser officer) {
        FollowUpTask task = openTask(taskId, FollowUpProcess.TASK_SET_SCHEDULE, officer);
        FollowUpSchedule schedule = FollowUpSchedule.parse(scheduleText);
        LocalDate anchor = schedule.start() == null ? task.actionPlan().submittedOn() : schedule.start();
        List<LocalDate> days = schedule.dueDays(anchor);
        LocalDate today = LocalDate.now(clock);
        if (days.get(0).isBefore(today)) {
            throw InvalidInputException.of("schedule", "followup.problem.schedule.passed", days.get(0));
        }
        followUps.saveSchedule(task.project().id(), schedule.text(), anchor, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "FOLLOW_UP_SCHEDULED",
                Message.of("audit-detail.follow-up.scheduled", schedule.text(), new Message.Items(days)));
        workflow.complete(taskId, Actor.of(officer), Map.of());
        return days;
    }

    /** The partner reports the round's actual value of every indicator target of the action plan. */
    @Transactional
    public void reportProgress(String taskId, List<ProgressEntry> entries, CityCoopUser partner) {
        FollowUpTask task = openTask(taskId, FollowUpProcess.TASK_REPORT_PROGRESS, partner);
        Map<Long, ProgressEntry> byTarget = (entries == null ? List.<ProgressEntry>of() : entries).stream()
                .collect(Collectors.toMap(ProgressEntry::targetId, Function.identity(), (first, second) -> second));
        List<FieldProblem> problems = new ArrayList<>();
        List<PlannedTarget> targets = task.actionPlan().targets();
        List<Runnable> saves = new ArrayList<>();
        long roundId = task.round().orElseThrow().id();
        for (int i = 0; i < targets.size(); i++) {
            PlannedTarget target = targets.get(i);
            ProgressEntry entry = byTarget.getOrDefault(target.id(), new ProgressEntry(target.id(), null, null, null, null, null));
            String row = "entries[" + i + "].";
            Name indicator = target.indicator().name();
            int before = problems.size();
            BigDecimal value = InvalidInputException.collect(problems, () -> Numbers.required(entry.actualValue(), row + "actualValue",
                    Message.of("followup.problem.label.actual-value", indicator)));
            if (entry.measuredOn() == null) {
                problems.add(FieldProblem.of(row + "measuredOn", "followup.problem.measured-on", indicator));
            } else if (entry.measuredOn().isAfter(LocalDate.now(clock))) {
                problems.add(FieldProblem.of(row + "measuredOn", "followup.problem.measured-on.future", indicator));
            }
            String comment = InvalidInputException.collect(problems, () -> Texts.optional(entry.comment(), row + "comment",
                    Message.of("followup.problem.label.comment", indicator), 2000));
            if (problems.size() == before) {
                saves.add(() -> {
                    Long documentId = entry.evidence() == null || entry.evidence().length == 0 ? null
                            : documents.store(task.project().id(), EVIDENCE_KIND, row + "evidence", entry.evidenceFileName(),
                            entry.evidence(), partner.getUsername()).id();
                    followUps.saveProgress(roundId, target.id(), value, entry.measuredOn(), documentId, comment, partner.getUsername());
                });
            }
        }
        if (byTarget.keySet().stream().anyMatch(id -> targets.stream().noneMatch(target -> target.id() == id))) {
            problems.add(FieldProblem.of("entries", "followup.problem.entries"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        saves.forEach(Runnable::run);
        audit.record(task.project().id(), partner.getUsername(), "FOLLOW_UP_PROGRESS_REPORTED",
                Message.of("audit-detail.follow-up.round", task.round().get().number()));
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /** The officer accepts the round's report (saying whether a visit is needed) or asks the partner to correct it. */
    @Transactional
    public void review(String taskId, ProgressReview review, CityCoopUser officer) {
        FollowUpTask task = openTask(taskId, FollowUpProcess.TASK_REVIEW_PROGRESS, officer);
        List<FieldProblem> problems = new ArrayList<>();
        String comment = InvalidInputException.collect(problems, () -> Texts.optional(review.comment(), "comment", Message.of("problem.label.comment"), 2000));
        if (review.outcome() == null) {
            problems.add(FieldProblem.of("outcome", "followup.problem.review.outcome"));
        } else if (review.outcome() == ReviewOutcome.CORRECTION && comment == null && problems.isEmpty()) {
            problems.add(FieldProblem.of("comment", "followup.problem.review.comment"));
        } else if (review.outcome() == ReviewOutcome.ACCEPTED && review.visitNeeded() == null) {
            problems.add(FieldProblem.of("visitNeeded", "followup.problem.review.visit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean accepted = review.outcome() == ReviewOutcome.ACCEPTED;
        boolean visit = accepted && review.visitNeeded();
        FollowUpRound round = task.round().orElseThrow();
        followUps.insertReview(round.id(), review.outcome(), visit, comment, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), accepted ? "FOLLOW_UP_ACCEPTED" : "FOLLOW_UP_CORRECTION_ASKED",
                reviewDetail(round.number(), visit, comment));
        workflow.complete(taskId, Actor.of(officer), Map.of(FollowUpProcess.PROGRESS_ACCEPTED, accepted,
                FollowUpProcess.VISIT_NEEDED, visit));
    }

    /** "Round 2, visit needed: comment", each part in the reader's language but the comment, as written. */
    private static Message reviewDetail(int round, boolean visit, String comment) {
        Message rounds = Message.of(visit ? "audit-detail.follow-up.round-visit" : "audit-detail.follow-up.round", round);
        return comment == null ? rounds : Message.of("audit-detail.with-comment", rounds, comment);
    }

    /**
     * Each indicator target of the project's action plan with the actual values of all rounds so far,
     * for those who may see the project (otherwise {@code ProjectNotAvailableException}).
     */
    @Transactional(readOnly = true)
    public List<IndicatorProgress> indicatorProgress(String code, CityCoopUser user) {
        Project project = projects.require(code, user);
        return implementation.actionPlan(code, user)
                .map(plan -> progress(plan, followUps.measurements(project.id(), null)))
                .orElse(List.of());
    }

    private static List<IndicatorProgress> progress(SubmittedActionPlan plan, List<Measurement> measurements) {
        Map<Long, List<Measurement>> byTarget = measurements.stream().collect(Collectors.groupingBy(Measurement::targetId));
        return plan.targets().stream()
                .map(target -> new IndicatorProgress(target, byTarget.getOrDefault(target.id(), List.of()))).toList();
    }
}

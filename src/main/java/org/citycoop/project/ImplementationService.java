package org.citycoop.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Numbers;
import org.citycoop.base.Texts;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.project.PlannedItem.ItemKind;
import org.citycoop.project.internal.LifecycleRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation and closing of a project: the plan of training programmes and dispatches,
 * their completion, the partner's action plan with its indicator targets, the completion report and the
 * OECD-DAC evaluation.
 */
@Service
public class ImplementationService {

    private static final Set<String> RATINGS = Set.of("A", "B", "C", "D");

    private final ProjectService projects;
    private final LifecycleRepository lifecycle;
    private final WorkflowService workflow;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final IndicatorService indicators;

    ImplementationService(ProjectService projects, LifecycleRepository lifecycle, WorkflowService workflow,
                          InputValidator validator, AuditTrail audit, IndicatorService indicators) {
        this.indicators = indicators;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.workflow = workflow;
        this.validator = validator;
        this.audit = audit;
    }

    /** The officer plans what the implementation runs; each item becomes one call of its building block. */
    @Transactional
    public void plan(String taskId, List<PlannedItem> items, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_PLAN_IMPLEMENTATION, officer);
        if (items == null || items.isEmpty()) {
            throw InvalidInputException.of("items", "implementation.problem.plan.empty");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            String row = "items[" + i + "]";
            int number = i + 1;
            try {
                validator.check(item);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> problems.add(new FieldProblem(row + "." + p.field(), inRow(number, p.text()))));
                continue;
            }
            if (item.plannedEnd().isBefore(item.plannedStart())) {
                problems.add(new FieldProblem(row + ".plannedEnd", inRow(number, Message.of("implementation.problem.plan.end"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> training = new ArrayList<>();
        List<String> dispatches = new ArrayList<>();
        for (PlannedItem item : items) {
            String id = String.valueOf(lifecycle.insertItem(task.project().id(), item));
            (item.kind() == ItemKind.TRAINING ? training : dispatches).add(id);
        }
        audit.record(task.project().id(), officer.getUsername(), "IMPLEMENTATION_PLANNED",
                Message.of("audit-detail.implementation.planned", training.size(), dispatches.size()));
        workflow.complete(taskId, Actor.of(officer), Map.of(ProjectProcess.TRAINING_PROGRAMMES, training,
                ProjectProcess.SPECIALIST_DISPATCHES, dispatches));
    }

    /** The project's completion report, once written, for those who may see the project. */
    @Transactional(readOnly = true)
    public Optional<CompletionReport> completionReport(String code, CityCoopUser user) {
        return lifecycle.findCompletionReport(projects.require(code, user).id());
    }

    /** The project's OECD-DAC evaluation, once the manager has rated it, for those who may see the project. */
    @Transactional(readOnly = true)
    public Optional<RecordedEvaluation> evaluation(String code, CityCoopUser user) {
        return lifecycle.findEvaluation(projects.require(code, user).id());
    }

    /**
     * The partner city submits its action plan: how it carries the results on, and at least one
     * indicator target (an indicator of the library, baseline, target, target date) that the
     * follow-up rounds report on.
     */
    @Transactional
    public void submitActionPlan(String taskId, ActionPlan plan, CityCoopUser partner) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_SUBMIT_ACTION_PLAN, partner);
        List<FieldProblem> problems = new ArrayList<>();
        String summary = InvalidInputException.collect(problems, () -> Texts.required(plan.summary(), "summary", Message.of("implementation.problem.label.action-plan"), 4000));
        List<CheckedTarget> targets = checkTargets(plan.targets(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long planId = lifecycle.recordActionPlan(task.project().id(), summary, partner.getUsername());
        targets.forEach(target -> lifecycle.insertTarget(planId, target.code(), target.baseline(), target.target(), target.targetDate()));
        audit.record(task.project().id(), partner.getUsername(), "ACTION_PLAN_SUBMITTED",
                targets.stream().map(CheckedTarget::code).collect(Collectors.joining(", ")));
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /** The project's action plan with its indicator targets, once submitted, for those who may see the project. */
    @Transactional(readOnly = true)
    public Optional<SubmittedActionPlan> actionPlan(String code, CityCoopUser user) {
        long projectId = projects.require(code, user).id();
        Map<String, Indicator> library = indicators.all().stream().collect(Collectors.toMap(Indicator::code, i -> i));
        return lifecycle.findActionPlan(projectId).map(plan -> new SubmittedActionPlan(plan.summary(), plan.submittedOn(),
                plan.submittedBy(), lifecycle.targets(plan.id()).stream().map(row -> new PlannedTarget(row.id(),
                        library.get(row.indicatorCode()), row.baseline(), row.target(), row.targetDate())).toList()));
    }

    /**
     * Adds a specialist dispatch to the project's implementation for a building block that needs one
     * (the follow-up visit of a round); returns the id of the new {@code implementation_item} row.
     * Called by the engine's delegates, which act for the process, not for a user.
     */
    @Transactional
    public long addDispatch(String projectCode, String title, LocalDate plannedStart, LocalDate plannedEnd) {
        long projectId = projects.idOf(projectCode);
        long itemId = lifecycle.insertItem(projectId, new PlannedItem(ItemKind.DISPATCH, title, plannedStart, plannedEnd));
        audit.record(projectId, "engine", "DISPATCH_ADDED", title);
        return itemId;
    }

    private List<CheckedTarget> checkTargets(List<IndicatorTarget> targets, List<FieldProblem> problems) {
        if (targets.isEmpty()) {
            problems.add(FieldProblem.of("targets", "implementation.problem.targets.empty"));
            return List.of();
        }
        Set<String> known = indicators.all().stream().map(Indicator::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<CheckedTarget> checked = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            IndicatorTarget target = targets.get(i);
            String row = "targets[" + i + "].";
            int number = i + 1;
            int before = problems.size();
            if (target.indicatorCode() == null || !known.contains(target.indicatorCode())) {
                problems.add(new FieldProblem(row + "indicator", inRow(number, Message.of("implementation.problem.target.indicator"))));
            } else if (!seen.add(target.indicatorCode())) {
                problems.add(new FieldProblem(row + "indicator", inRow(number, Message.of("implementation.problem.target.twice"))));
            }
            BigDecimal baseline = InvalidInputException.collect(problems, () -> Numbers.required(target.baseline(), row + "baseline",
                    inRow(number, Message.of("implementation.problem.label.baseline"))));
            BigDecimal goal = InvalidInputException.collect(problems, () -> Numbers.required(target.target(), row + "target",
                    inRow(number, Message.of("implementation.problem.label.target"))));
            if (target.targetDate() == null) {
                problems.add(new FieldProblem(row + "targetDate", inRow(number, Message.of("implementation.problem.target.date"))));
            }
            if (problems.size() == before) {
                checked.add(new CheckedTarget(target.indicatorCode(), baseline, goal, target.targetDate()));
            }
        }
        return checked;
    }

    private static Message criterionLabel(DacCriterion criterion) {
        return Message.of("implementation.evaluation.criterion." + criterion.name());
    }

    /** "Row 2: …": a problem or a label of the {@code number}th row of a list. */
    private static Message inRow(int number, Message text) {
        return Message.of("problem.in-row", number, text);
    }

    private record CheckedTarget(String code, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
    }

    @Transactional
    public void writeCompletionReport(String taskId, String outcomes, String lessons, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_WRITE_COMPLETION_REPORT, officer);
        String cleanOutcomes = Texts.required(outcomes, "outcomes", Message.of("implementation.report.outcomes"), 4000);
        String cleanLessons = Texts.required(lessons, "lessons", Message.of("implementation.report.lessons"), 4000);
        lifecycle.recordCompletionReport(task.project().id(), cleanOutcomes, cleanLessons, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "COMPLETION_REPORT_WRITTEN");
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The manager rates all six OECD-DAC criteria, A to D, each with a comment. */
    @Transactional
    public void evaluate(String taskId, List<Evaluation> evaluations, CityCoopUser manager) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_EVALUATE_PROJECT, manager);
        List<FieldProblem> problems = new ArrayList<>();
        Set<DacCriterion> rated = EnumSet.noneOf(DacCriterion.class);
        for (Evaluation evaluation : evaluations == null ? List.<Evaluation>of() : evaluations) {
            if (evaluation.criterion() == null) {
                continue;
            }
            String field = evaluation.criterion().name().toLowerCase();
            Message label = criterionLabel(evaluation.criterion());
            if (evaluation.rating() == null || !RATINGS.contains(evaluation.rating())) {
                problems.add(FieldProblem.of(field + ".rating", "implementation.problem.evaluation.rating", label));
            }
            if (evaluation.comment() == null || evaluation.comment().isBlank()) {
                problems.add(FieldProblem.of(field + ".comment", "implementation.problem.evaluation.reason", label));
            } else if (evaluation.comment().strip().length() > 2000) {
                problems.add(FieldProblem.of(field + ".comment", "implementation.problem.evaluation.comment-too-long", label, 2000));
            }
            rated.add(evaluation.criterion());
        }
        for (DacCriterion criterion : DacCriterion.values()) {
            if (!rated.contains(criterion)) {
                String field = criterion.name().toLowerCase();
                problems.add(FieldProblem.of(field + ".rating", "implementation.problem.evaluation.unrated", criterionLabel(criterion)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        evaluations.forEach(evaluation -> lifecycle.recordEvaluation(task.project().id(), evaluation, manager.getUsername()));
        audit.record(task.project().id(), manager.getUsername(), "PROJECT_EVALUATED");
        workflow.complete(taskId, Actor.of(manager), Map.of());
    }
}

package org.citycoop.project;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Texts;
import org.citycoop.project.PlannedItem.ItemKind;
import org.citycoop.project.internal.LifecycleRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation and closing of a project: the plan of training programmes and dispatches,
 * their completion, the partner's action plan, follow-up, the completion report and the
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

    ImplementationService(ProjectService projects, LifecycleRepository lifecycle, WorkflowService workflow,
                          InputValidator validator, AuditTrail audit) {
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
            throw InvalidInputException.of("items", "Plan: add at least one training programme or specialist dispatch.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            String row = "items[" + i + "]";
            String label = "Row " + (i + 1) + ": ";
            try {
                validator.check(item);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> problems.add(new FieldProblem(row + "." + p.field(), label + p.message())));
                continue;
            }
            if (item.plannedEnd().isBefore(item.plannedStart())) {
                problems.add(new FieldProblem(row + ".plannedEnd", label + "planned end must be on or after the planned start."));
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
                training.size() + " training programme(s), " + dispatches.size() + " dispatch(es)");
        workflow.complete(taskId, Actor.of(officer), Map.of(ProjectProcess.TRAINING_PROGRAMMES, training,
                ProjectProcess.SPECIALIST_DISPATCHES, dispatches));
    }

    /**
     * The officer records that a planned dispatch took place (the first slice of that building
     * block; issue 4 replaces it with the full mission records). Training programmes are recorded
     * by the training feature's own building block.
     */
    @Transactional
    public void recordItemDone(String taskId, String note, CityCoopUser officer) {
        WorkTask work = workflow.requireTask(taskId, Actor.of(officer));
        String key = work.taskDefinitionKey();
        if (!key.equals(ProjectProcess.TASK_RUN_SPECIALIST_DISPATCH)) {
            throw new TaskNotAvailableException(taskId);
        }
        ProjectTask task = projects.openTask(taskId, key, officer);
        long itemId = itemIdOf(taskId, officer);
        String cleanNote = Texts.required(note, "note", "What took place", 4000);
        if (!lifecycle.completeItem(task.project().id(), itemId, officer.getUsername())) {
            throw InvalidInputException.of("note", "This item is already recorded as done.");
        }
        audit.record(task.project().id(), officer.getUsername(), "ITEM_DONE", cleanNote);
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** A task that runs one planned dispatch ({@code Task_RunSpecialistDispatch}), with the item as it was planned. */
    @Transactional(readOnly = true)
    public ItemTask openItemTask(String taskId, String taskDefinitionKey, CityCoopUser officer) {
        if (!taskDefinitionKey.equals(ProjectProcess.TASK_RUN_SPECIALIST_DISPATCH)) {
            throw new IllegalArgumentException("Not a task that runs a planned item: " + taskDefinitionKey);
        }
        ProjectTask task = projects.openTask(taskId, taskDefinitionKey, officer);
        PlannedItem item = lifecycle.findItem(task.project().id(), itemIdOf(taskId, officer))
                .orElseThrow(() -> new TaskNotAvailableException(taskId));
        return new ItemTask(task, item);
    }

    /** The project's completion report, once written, for those who may see the project. */
    @Transactional(readOnly = true)
    public Optional<CompletionReport> completionReport(String code, CityCoopUser user) {
        return lifecycle.findCompletionReport(projects.require(code, user).id());
    }

    /** The partner city submits its action plan. */
    @Transactional
    public void submitActionPlan(String taskId, String summary, CityCoopUser partner) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_SUBMIT_ACTION_PLAN, partner);
        String cleanSummary = Texts.required(summary, "summary", "Action plan", 4000);
        lifecycle.recordActionPlan(task.project().id(), cleanSummary, partner.getUsername());
        audit.record(task.project().id(), partner.getUsername(), "ACTION_PLAN_SUBMITTED", null);
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /** The officer records a follow-up (first slice of the follow-up building block, see issue 4). */
    @Transactional
    public void recordFollowUp(String taskId, String note, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_RUN_FOLLOW_UP, officer);
        String cleanNote = Texts.required(note, "note", "Follow-up findings", 4000);
        audit.record(task.project().id(), officer.getUsername(), "FOLLOW_UP_RECORDED", cleanNote);
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    @Transactional
    public void writeCompletionReport(String taskId, String outcomes, String lessons, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_WRITE_COMPLETION_REPORT, officer);
        String cleanOutcomes = Texts.required(outcomes, "outcomes", "Outcomes", 4000);
        String cleanLessons = Texts.required(lessons, "lessons", "Lessons learned", 4000);
        lifecycle.recordCompletionReport(task.project().id(), cleanOutcomes, cleanLessons, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "COMPLETION_REPORT_WRITTEN", null);
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
            String label = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            if (evaluation.rating() == null || !RATINGS.contains(evaluation.rating())) {
                problems.add(new FieldProblem(field + ".rating", label + ": choose a rating from A (best) to D."));
            }
            if (evaluation.comment() == null || evaluation.comment().isBlank()) {
                problems.add(new FieldProblem(field + ".comment", label + ": give the reason for the rating."));
            } else if (evaluation.comment().strip().length() > 2000) {
                problems.add(new FieldProblem(field + ".comment", label + ": shorten the comment to at most 2,000 characters."));
            }
            rated.add(evaluation.criterion());
        }
        for (DacCriterion criterion : DacCriterion.values()) {
            if (!rated.contains(criterion)) {
                String field = criterion.name().toLowerCase();
                problems.add(new FieldProblem(field + ".rating", Character.toUpperCase(field.charAt(0)) + field.substring(1)
                        + ": rate this criterion."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        evaluations.forEach(evaluation -> lifecycle.recordEvaluation(task.project().id(), evaluation, manager.getUsername()));
        audit.record(task.project().id(), manager.getUsername(), "PROJECT_EVALUATED", null);
        workflow.complete(taskId, Actor.of(manager), Map.of());
    }

    private long itemIdOf(String taskId, CityCoopUser officer) {
        return Long.parseLong(workflow.variable(taskId, ProjectProcess.IMPLEMENTATION_ITEM, Actor.of(officer)));
    }
}

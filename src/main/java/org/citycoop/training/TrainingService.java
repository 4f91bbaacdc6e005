package org.citycoop.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.training.internal.TrainingRepository;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A training programme, one per planned training item: curriculum, trainees, logistics, sessions
 * with attendance, the trainees' action plans, and their evaluation. Each task method checks on
 * the server that the task is the user's (organisation and role, through {@link WorkflowService})
 * and of the right kind, validates the input, and changes the programme and completes the task in
 * one transaction: a refused step leaves both as they were.
 */
@Service
public class TrainingService {

    private static final Set<String> TASKS = Set.of(TrainingProcess.TASK_DESIGN_CURRICULUM,
            TrainingProcess.TASK_NOMINATE_TRAINEES, TrainingProcess.TASK_CONFIRM_TRAINEES,
            TrainingProcess.TASK_PREPARE_LOGISTICS, TrainingProcess.TASK_RECORD_SESSION,
            TrainingProcess.TASK_SUBMIT_ACTION_PLANS, TrainingProcess.TASK_EVALUATE_PROGRAMME);
    private static final int MAX_COMMENT = 2000;
    private static final Map<LogisticsKind, String> LOGISTICS_LABELS = Map.of(LogisticsKind.INVITATION_LETTERS,
            "Invitation letters", LogisticsKind.VISAS, "Visas", LogisticsKind.TRAVEL, "Travel",
            LogisticsKind.ACCOMMODATION, "Accommodation", LogisticsKind.INSURANCE, "Insurance");

    private final TrainingRepository programmes;
    private final WorkflowService workflow;
    private final IndicatorService indicators;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingService(TrainingRepository programmes, WorkflowService workflow, IndicatorService indicators, AuditTrail audit,
                    Clock clock) {
        this.programmes = programmes;
        this.workflow = workflow;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** A training task with its programme so far; refused when the user may not see it or it is another kind of task. */
    @Transactional(readOnly = true)
    public TrainingTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!TASKS.contains(taskDefinitionKey) || !taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        long itemId = Long.parseLong(workflow.variable(taskId, TrainingProcess.IMPLEMENTATION_ITEM, Actor.of(user)));
        TrainingProgramme programme = programmes.find(itemId).filter(found -> found.projectCode().equals(task.businessKey()))
                .orElseThrow(() -> new IllegalStateException("Training task " + taskId + " has no training item " + itemId
                        + " of " + task.businessKey()));
        return new TrainingTask(task, programme);
    }

    /** The training programmes of a project, for those whose organisation takes part in it; empty otherwise. */
    @Transactional(readOnly = true)
    public List<TrainingProgramme> programmesOf(String projectCode, CityCoopUser user) {
        return programmes.visibleOfProject(projectCode, user.organisationCode());
    }

    /** The officer designs the curriculum: one or more modules, each ending on or after its start. */
    @Transactional
    public void designCurriculum(String taskId, List<CurriculumModule> modules, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_DESIGN_CURRICULUM, officer);
        Checks checks = new Checks();
        List<CurriculumModule> input = modules == null ? List.of() : modules;
        checks.rows(input, "modules", "Module", "Curriculum: add at least one module.", (module, row) -> {
            checks.text(module.topic(), 200, row.field("topic"), row.label("topic"));
            checks.text(module.hostOrganisation(), 200, row.field("hostOrganisation"), row.label("host organisation"));
            checks.text(module.language(), 40, row.field("language"), row.label("language"));
            boolean dates = checks.present(module.startsOn(), row.field("startsOn"), row.label("start: choose the first day."))
                    & checks.present(module.endsOn(), row.field("endsOn"), row.label("end: choose the last day."));
            if (dates && module.endsOn().isBefore(module.startsOn())) {
                checks.add(row.field("endsOn"), row.label("end: choose a day on or after the module's start."));
            }
        });
        checks.refuseIfAny();
        long projectId = projectIdOf(task);
        long programmeId = task.programme().id() != null ? task.programme().id()
                : programmes.createProgramme(task.programme().itemId(), projectId);
        programmes.replaceModules(programmeId, input);
        audit.record(projectId, officer.getUsername(), "TRAINING_CURRICULUM_DESIGNED",
                task.programme().title() + ": " + input.size() + " module(s)");
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The partner coordinator nominates the trainees: name, position, organisation and e-mail each; gender if given. */
    @Transactional
    public void nominateTrainees(String taskId, List<Nomination> trainees, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_NOMINATE_TRAINEES, partner);
        Checks checks = new Checks();
        List<Nomination> input = trainees == null ? List.of() : trainees;
        Set<String> emails = new HashSet<>();
        checks.rows(input, "trainees", "Trainee", "Trainees: nominate at least one trainee.", (trainee, row) -> {
            checks.text(trainee.name(), 200, row.field("name"), row.label("name"));
            checks.text(trainee.position(), 200, row.field("position"), row.label("position"));
            checks.text(trainee.organisation(), 200, row.field("organisation"), row.label("organisation"));
            checks.email(trainee.email(), row.field("email"), row.label("e-mail"));
            if (trainee.email() != null && !trainee.email().isBlank() && !emails.add(trainee.email().strip().toLowerCase())) {
                checks.add(row.field("email"), row.label("e-mail: another trainee has this address; each trainee needs their own."));
            }
        });
        checks.refuseIfAny();
        programmes.replaceTrainees(task.programme().id(), input);
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEES_NOMINATED", input.size() + " trainee(s)");
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /** The officer confirms the list of trainees, or returns it to the partner with a comment saying what to change. */
    @Transactional
    public void confirmTrainees(String taskId, boolean confirmed, String comment, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_CONFIRM_TRAINEES, officer);
        String clean = comment == null ? "" : comment.strip();
        if (!confirmed && clean.isEmpty()) {
            throw InvalidInputException.of("comment",
                    "Comment: say what the partner should change in the list (required to return it).");
        }
        if (clean.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "Comment: shorten it to at most 2,000 characters.");
        }
        programmes.recordConfirmation(task.programme().id(), confirmed, clean, officer.getUsername());
        audit.record(projectIdOf(task), officer.getUsername(), confirmed ? "TRAINEES_CONFIRMED" : "TRAINEES_RETURNED",
                clean.isEmpty() ? null : clean);
        workflow.complete(taskId, Actor.of(officer), Map.of(TrainingProcess.TRAINEES_CONFIRMED, confirmed));
    }

    /** The officer saves the logistics checklist as it stands; the task stays open. */
    @Transactional
    public void saveLogistics(String taskId, List<LogisticsItem> items, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_PREPARE_LOGISTICS, officer);
        Map<LogisticsKind, LogisticsItem> checklist = checkedLogistics(items, false);
        programmes.saveLogistics(task.programme().id(), List.copyOf(checklist.values()));
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_LOGISTICS_SAVED", openItems(checklist) + " item(s) open");
    }

    /** The officer saves the checklist with every item done, which ends the logistics. */
    @Transactional
    public void finishLogistics(String taskId, List<LogisticsItem> items, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_PREPARE_LOGISTICS, officer);
        Map<LogisticsKind, LogisticsItem> checklist = checkedLogistics(items, true);
        programmes.saveLogistics(task.programme().id(), List.copyOf(checklist.values()));
        programmes.markLogisticsDone(task.programme().id());
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_LOGISTICS_DONE", null);
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /**
     * The daily check while the logistics are open: marks each open item due within
     * {@link TrainingProcess#LOGISTICS_REMINDER_DAYS} days (or overdue) as reminded, once, and
     * records the reminder; returns the items reminded of.
     */
    @Transactional
    public List<LogisticsItem> remindOfDueLogistics(String projectCode, long itemId) {
        TrainingProgramme programme = programmes.find(itemId).filter(found -> found.projectCode().equals(projectCode))
                .orElseThrow(() -> new IllegalStateException("No training item " + itemId + " of " + projectCode));
        if (programme.id() == null) {
            return List.of();
        }
        List<LogisticsItem> due = programmes.remindOpenItemsDueBy(programme.id(),
                LocalDate.now(clock).plusDays(TrainingProcess.LOGISTICS_REMINDER_DAYS));
        if (!due.isEmpty()) {
            audit.recordForProjectCode(projectCode, "system", "TRAINING_LOGISTICS_REMINDER", programme.title() + ": "
                    + due.stream().map(item -> item.kind().name() + " by " + item.deadline()).collect(Collectors.joining(", ")));
        }
        return due;
    }

    /** The officer records a session with its attendance and says whether it was the programme's last. */
    @Transactional
    public void recordSession(String taskId, TrainingSession session, boolean programmeOver, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_RECORD_SESSION, officer);
        Checks checks = new Checks();
        if (session == null) {
            throw InvalidInputException.of("startsAt", "Date and time: choose when the session took place.");
        }
        checks.present(session.startsAt(), "startsAt", "Date and time: choose when the session took place.");
        checks.present(session.kind(), "kind", "Kind: choose seminar, workshop, individual consultation or closing meeting.");
        checks.present(session.method(), "method", "Method: choose on site, online or mixed.");
        checks.text(session.venue(), 200, "venue", "Venue");
        checks.text(session.facilitator(), 200, "facilitator", "Facilitator");
        checks.notNegative(session.participantsOnSite(), "participantsOnSite", "Participants on site");
        checks.notNegative(session.participantsOnline(), "participantsOnline", "Participants online");
        Set<Long> attendees = session.attendees() == null ? Set.of() : session.attendees();
        Set<Long> trainees = task.programme().trainees().stream().map(Trainee::id).collect(Collectors.toSet());
        if (!trainees.containsAll(attendees)) {
            checks.add("attendees", "Trainees who attended: choose only trainees of this programme.");
        }
        checks.refuseIfAny();
        TrainingSession clean = new TrainingSession(session.startsAt(), session.kind(), session.method(), session.venue(),
                session.facilitator(), session.participantsOnSite(), session.participantsOnline(), Set.copyOf(attendees));
        programmes.insertSession(task.programme().id(), clean, officer.getUsername());
        if (programmeOver) {
            programmes.markSessionsOver(task.programme().id());
        }
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_SESSION_RECORDED", session.kind().name() + " "
                + session.startsAt() + ", " + attendees.size() + " trainee(s)" + (programmeOver ? "; programme over" : ""));
        workflow.complete(taskId, Actor.of(officer), Map.of(TrainingProcess.PROGRAMME_OVER, programmeOver));
    }

    /** The partner coordinator saves one trainee's action plan (replacing one saved before); the task stays open. */
    @Transactional
    public void saveActionPlan(String taskId, TraineeActionPlan plan, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_SUBMIT_ACTION_PLANS, partner);
        Checks checks = new Checks();
        if (plan == null || task.programme().trainees().stream().noneMatch(trainee -> trainee.id() == plan.traineeId())) {
            throw InvalidInputException.of("trainee", "Trainee: choose a trainee of this programme.");
        }
        List<ActionItem> items = Objects.requireNonNullElse(plan.items(), List.of());
        List<IndicatorTarget> targets = Objects.requireNonNullElse(plan.targets(), List.of());
        checks.rows(items, "items", "Measure", "Measures: add at least one measure.", (item, row) -> {
            checks.text(item.description(), 500, row.field("description"), row.label("what is done"));
            checks.text(item.responsible(), 200, row.field("responsible"), row.label("responsible person"));
            checks.present(item.deadline(), row.field("deadline"), row.label("deadline: choose the day it is due."));
        });
        checks.rows(targets, "targets", "Target", null, (target, row) -> {
            if (target.indicatorCode() == null || indicators.find(target.indicatorCode()).isEmpty()) {
                checks.add(row.field("indicator"), row.label("indicator: choose one from the indicator library."));
            }
            checks.number(target.baseline(), row.field("baseline"), row.label("baseline"));
            checks.number(target.target(), row.field("target"), row.label("target"));
            checks.present(target.targetDate(), row.field("targetDate"),
                    row.label("target date: choose when the target is to be reached."));
        });
        checks.refuseIfAny();
        programmes.replaceActionPlan(new TraineeActionPlan(plan.traineeId(), items, targets), partner.getUsername());
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEE_ACTION_PLAN_SAVED", "trainee " + plan.traineeId()
                + ": " + items.size() + " measure(s), " + targets.size() + " target(s)");
    }

    /** The partner coordinator submits the action plans once every trainee has one. */
    @Transactional
    public void submitActionPlans(String taskId, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_SUBMIT_ACTION_PLANS, partner);
        List<String> missing = task.programme().trainees().stream()
                .filter(trainee -> !task.programme().plans().containsKey(trainee.id())).map(Trainee::name).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("trainee", "Action plans: save a plan for " + String.join(", ", missing)
                    + " first; every trainee needs one.");
        }
        programmes.markActionPlansSubmitted(task.programme().id());
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEE_ACTION_PLANS_SUBMITTED",
                task.programme().plans().size() + " plan(s)");
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /**
     * The officer records each trainee's evaluation (satisfaction 1–5, optional comment); the
     * programme and its planned item are then done.
     */
    @Transactional
    public EvaluationSummary evaluate(String taskId, List<TraineeEvaluation> evaluations, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_EVALUATE_PROGRAMME, officer);
        Checks checks = new Checks();
        Map<Long, TraineeEvaluation> byTrainee = (evaluations == null ? List.<TraineeEvaluation>of() : evaluations).stream()
                .collect(Collectors.toMap(TraineeEvaluation::traineeId, evaluation -> evaluation, (a, b) -> b));
        List<Trainee> trainees = task.programme().trainees();
        if (!trainees.stream().map(Trainee::id).collect(Collectors.toSet()).containsAll(byTrainee.keySet())) {
            checks.add("evaluations", "Evaluations: record them only for trainees of this programme.");
        }
        for (int i = 0; i < trainees.size(); i++) {
            Trainee trainee = trainees.get(i);
            TraineeEvaluation evaluation = byTrainee.get(trainee.id());
            String row = "evaluations[" + i + "].";
            Integer satisfaction = evaluation == null ? null : evaluation.satisfaction();
            if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
                checks.add(row + "satisfaction", trainee.name() + ", satisfaction: enter a whole number from 1 (poor) to 5 (excellent).");
            }
            checks.optionalText(evaluation == null ? null : evaluation.comment(), MAX_COMMENT, row + "comment",
                    trainee.name() + ", comment");
        }
        checks.refuseIfAny();
        List<TraineeEvaluation> clean = trainees.stream().map(trainee -> byTrainee.get(trainee.id()))
                .map(evaluation -> new TraineeEvaluation(evaluation.traineeId(), evaluation.satisfaction(),
                        evaluation.comment() == null || evaluation.comment().isBlank() ? null : evaluation.comment().strip()))
                .toList();
        clean.forEach(evaluation -> programmes.insertEvaluation(evaluation, officer.getUsername()));
        programmes.markEvaluated(task.programme().id(), task.programme().itemId(), officer.getUsername());
        EvaluationSummary summary = EvaluationSummary.of(clean.stream().map(TraineeEvaluation::satisfaction).toList());
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_PROGRAMME_EVALUATED",
                task.programme().title() + ": " + summary.count() + " evaluation(s), average " + summary.average());
        workflow.complete(taskId, Actor.of(officer), Map.of());
        return summary;
    }

    private Map<LogisticsKind, LogisticsItem> checkedLogistics(List<LogisticsItem> items, boolean allDone) {
        Map<LogisticsKind, LogisticsItem> checklist = new EnumMap<>(LogisticsKind.class);
        (items == null ? List.<LogisticsItem>of() : items).stream().filter(item -> item.kind() != null)
                .forEach(item -> checklist.put(item.kind(), item));
        Checks checks = new Checks();
        for (LogisticsKind kind : LogisticsKind.values()) {
            LogisticsItem item = checklist.get(kind);
            String label = LOGISTICS_LABELS.get(kind);
            if (item == null || item.deadline() == null) {
                checks.add("logistics." + kind.name() + ".deadline", label + ": choose the deadline.");
            } else if (allDone && !item.done()) {
                checks.add("logistics." + kind.name() + ".done", label + ": tick it once done; every item must be done "
                        + "to finish the logistics (or save the checklist as it stands).");
            }
        }
        checks.refuseIfAny();
        return checklist;
    }

    private static long openItems(Map<LogisticsKind, LogisticsItem> checklist) {
        return checklist.values().stream().filter(item -> !item.done()).count();
    }

    private long projectIdOf(TrainingTask task) {
        return programmes.projectIdOfItem(task.programme().itemId(), task.programme().projectCode())
                .orElseThrow(() -> new IllegalStateException("No project for training item " + task.programme().itemId()));
    }
}

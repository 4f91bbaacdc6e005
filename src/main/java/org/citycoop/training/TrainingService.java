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
import org.citycoop.base.Message;
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
        checks.rows(input, "modules", "training.problem.noun.module", "training.problem.curriculum.empty", (module, row) -> {
            checks.text(module.topic(), 200, row.field("topic"), row.label("training.module.topic"));
            checks.text(module.hostOrganisation(), 200, row.field("hostOrganisation"), row.label("training.module.host"));
            checks.text(module.language(), 40, row.field("language"), row.label("training.module.language"));
            boolean dates = checks.present(module.startsOn(), row.field("startsOn"), "problem.of", row.label("training.problem.module.start"))
                    & checks.present(module.endsOn(), row.field("endsOn"), "problem.of", row.label("training.problem.module.end"));
            if (dates && module.endsOn().isBefore(module.startsOn())) {
                checks.add(row.field("endsOn"), "problem.of", row.label("training.problem.module.end-before-start"));
            }
        });
        checks.refuseIfAny();
        long projectId = projectIdOf(task);
        long programmeId = task.programme().id() != null ? task.programme().id()
                : programmes.createProgramme(task.programme().itemId(), projectId);
        programmes.replaceModules(programmeId, input);
        audit.record(projectId, officer.getUsername(), "TRAINING_CURRICULUM_DESIGNED",
                Message.of("audit-detail.training.curriculum", task.programme().title(), input.size()));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The partner coordinator nominates the trainees: name, position, organisation and e-mail each; gender if given. */
    @Transactional
    public void nominateTrainees(String taskId, List<Nomination> trainees, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_NOMINATE_TRAINEES, partner);
        Checks checks = new Checks();
        List<Nomination> input = trainees == null ? List.of() : trainees;
        Set<String> emails = new HashSet<>();
        checks.rows(input, "trainees", "training.problem.noun.trainee", "training.problem.trainees.empty", (trainee, row) -> {
            checks.text(trainee.name(), 200, row.field("name"), row.label("training.trainee.name"));
            checks.text(trainee.position(), 200, row.field("position"), row.label("training.trainee.position"));
            checks.text(trainee.organisation(), 200, row.field("organisation"), row.label("training.trainee.organisation"));
            checks.email(trainee.email(), row.field("email"), row.label("training.trainee.email"));
            if (trainee.email() != null && !trainee.email().isBlank() && !emails.add(trainee.email().strip().toLowerCase())) {
                checks.add(row.field("email"), "problem.of", row.label("training.problem.trainees.same-email"));
            }
        });
        checks.refuseIfAny();
        programmes.replaceTrainees(task.programme().id(), input);
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEES_NOMINATED", Message.of("audit-detail.training.trainees", input.size()));
        workflow.complete(taskId, Actor.of(partner), Map.of());
    }

    /** The officer confirms the list of trainees, or returns it to the partner with a comment saying what to change. */
    @Transactional
    public void confirmTrainees(String taskId, boolean confirmed, String comment, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_CONFIRM_TRAINEES, officer);
        String clean = comment == null ? "" : comment.strip();
        if (!confirmed && clean.isEmpty()) {
            throw InvalidInputException.of("comment", "training.problem.return-comment");
        }
        if (clean.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "problem.too-long", Message.of("problem.label.comment"), MAX_COMMENT);
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
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_LOGISTICS_SAVED",
                Message.of("audit-detail.training.open-items", openItems(checklist)));
    }

    /** The officer saves the checklist with every item done, which ends the logistics. */
    @Transactional
    public void finishLogistics(String taskId, List<LogisticsItem> items, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_PREPARE_LOGISTICS, officer);
        Map<LogisticsKind, LogisticsItem> checklist = checkedLogistics(items, true);
        programmes.saveLogistics(task.programme().id(), List.copyOf(checklist.values()));
        programmes.markLogisticsDone(task.programme().id());
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_LOGISTICS_DONE");
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
            audit.recordForProjectCode(projectCode, "system", "TRAINING_LOGISTICS_REMINDER", Message.of("audit-detail.training.logistics-due",
                    programme.title(), new Message.Items(due.stream().map(item -> Message.of("audit-detail.training.logistics-item",
                            Message.of("training.logistics." + item.kind().name()), item.deadline())).toList())));
        }
        return due;
    }

    /** The officer records a session with its attendance and says whether it was the programme's last. */
    @Transactional
    public void recordSession(String taskId, TrainingSession session, boolean programmeOver, CityCoopUser officer) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_RECORD_SESSION, officer);
        Checks checks = new Checks();
        if (session == null) {
            throw InvalidInputException.of("startsAt", "training.problem.session.starts-at");
        }
        checks.present(session.startsAt(), "startsAt", "training.problem.session.starts-at");
        checks.present(session.kind(), "kind", "training.problem.session.kind");
        checks.present(session.method(), "method", "training.problem.session.method");
        checks.text(session.venue(), 200, "venue", Message.of("training.session.venue"));
        checks.text(session.facilitator(), 200, "facilitator", Message.of("training.session.facilitator"));
        checks.notNegative(session.participantsOnSite(), "participantsOnSite", Message.of("training.session.on-site"));
        checks.notNegative(session.participantsOnline(), "participantsOnline", Message.of("training.session.online"));
        Set<Long> attendees = session.attendees() == null ? Set.of() : session.attendees();
        Set<Long> trainees = task.programme().trainees().stream().map(Trainee::id).collect(Collectors.toSet());
        if (!trainees.containsAll(attendees)) {
            checks.add("attendees", "training.problem.session.attendees");
        }
        checks.refuseIfAny();
        TrainingSession clean = new TrainingSession(session.startsAt(), session.kind(), session.method(), session.venue(),
                session.facilitator(), session.participantsOnSite(), session.participantsOnline(), Set.copyOf(attendees));
        programmes.insertSession(task.programme().id(), clean, officer.getUsername());
        if (programmeOver) {
            programmes.markSessionsOver(task.programme().id());
        }
        audit.record(projectIdOf(task), officer.getUsername(), "TRAINING_SESSION_RECORDED",
                Message.of(programmeOver ? "audit-detail.training.last-session" : "audit-detail.training.session",
                        Message.of("training.session.kind." + session.kind().name()), session.startsAt().toLocalDate(),
                        session.startsAt().toLocalTime().toString(), attendees.size()));
        workflow.complete(taskId, Actor.of(officer), Map.of(TrainingProcess.PROGRAMME_OVER, programmeOver));
    }

    /** The partner coordinator saves one trainee's action plan (replacing one saved before); the task stays open. */
    @Transactional
    public void saveActionPlan(String taskId, TraineeActionPlan plan, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_SUBMIT_ACTION_PLANS, partner);
        Checks checks = new Checks();
        if (plan == null || task.programme().trainees().stream().noneMatch(trainee -> trainee.id() == plan.traineeId())) {
            throw InvalidInputException.of("trainee", "training.problem.plan.trainee");
        }
        List<ActionItem> items = Objects.requireNonNullElse(plan.items(), List.of());
        List<IndicatorTarget> targets = Objects.requireNonNullElse(plan.targets(), List.of());
        checks.rows(items, "items", "training.problem.noun.measure", "training.problem.plan.no-measures", (item, row) -> {
            checks.text(item.description(), 500, row.field("description"), row.label("training.plans.measure.description"));
            checks.text(item.responsible(), 200, row.field("responsible"), row.label("training.plans.measure.responsible"));
            checks.present(item.deadline(), row.field("deadline"), "problem.of", row.label("training.problem.plan.deadline"));
        });
        checks.rows(targets, "targets", "training.problem.noun.target", null, (target, row) -> {
            if (target.indicatorCode() == null || indicators.find(target.indicatorCode()).isEmpty()) {
                checks.add(row.field("indicator"), "problem.of", row.label("training.problem.plan.indicator"));
            }
            checks.number(target.baseline(), row.field("baseline"), row.label("training.plans.target.baseline"));
            checks.number(target.target(), row.field("target"), row.label("training.plans.target.target"));
            checks.present(target.targetDate(), row.field("targetDate"), "problem.of", row.label("training.problem.plan.target-date"));
        });
        checks.refuseIfAny();
        programmes.replaceActionPlan(new TraineeActionPlan(plan.traineeId(), items, targets), partner.getUsername());
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEE_ACTION_PLAN_SAVED",
                Message.of("audit-detail.training.trainee-plan", plan.traineeId(), items.size(), targets.size()));
    }

    /** The partner coordinator submits the action plans once every trainee has one. */
    @Transactional
    public void submitActionPlans(String taskId, CityCoopUser partner) {
        TrainingTask task = openTask(taskId, TrainingProcess.TASK_SUBMIT_ACTION_PLANS, partner);
        List<String> missing = task.programme().trainees().stream()
                .filter(trainee -> !task.programme().plans().containsKey(trainee.id())).map(Trainee::name).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("trainee", "training.problem.plans.missing", String.join(", ", missing));
        }
        programmes.markActionPlansSubmitted(task.programme().id());
        audit.record(projectIdOf(task), partner.getUsername(), "TRAINEE_ACTION_PLANS_SUBMITTED",
                Message.of("audit-detail.training.plans", task.programme().plans().size()));
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
            checks.add("evaluations", "training.problem.evaluations.strangers");
        }
        for (int i = 0; i < trainees.size(); i++) {
            Trainee trainee = trainees.get(i);
            TraineeEvaluation evaluation = byTrainee.get(trainee.id());
            String row = "evaluations[" + i + "].";
            Integer satisfaction = evaluation == null ? null : evaluation.satisfaction();
            if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
                checks.add(row + "satisfaction", "training.problem.evaluation.satisfaction", trainee.name());
            }
            checks.optionalText(evaluation == null ? null : evaluation.comment(), MAX_COMMENT, row + "comment",
                    Message.of("training.evaluation.comment", trainee.name()));
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
                Message.of("audit-detail.training.evaluated", task.programme().title(), summary.count(), summary.average()));
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
            Message label = Message.of("training.logistics." + kind.name());
            if (item == null || item.deadline() == null) {
                checks.add("logistics." + kind.name() + ".deadline", "training.problem.logistics.deadline", label);
            } else if (allDone && !item.done()) {
                checks.add("logistics." + kind.name() + ".done", "training.problem.logistics.not-done", label);
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

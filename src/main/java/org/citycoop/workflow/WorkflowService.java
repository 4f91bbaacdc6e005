package org.citycoop.workflow;

import org.citycoop.name.Name;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.citycoop.base.InvalidInputException;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.base.SecurityLog;
import org.citycoop.security.UserAccountService;
import org.citycoop.workflow.internal.AbsenceStore;
import org.citycoop.workflow.internal.TaskCompletions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one wrapper of the engine's services. Every task operation checks that the actor may
 * see the task: one of the actor's organisation-scoped groups is a candidate, or the actor
 * is the assignee. Features call this; it never calls a feature.
 */
@Service
public class WorkflowService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;
    private final RepositoryService repository;
    private final UserAccountService accounts;
    private final InboxQueries inboxes;
    private final TaskPhases phases;
    private final ProcessModels models;
    private final TaskCompletions completions;
    private final Clock clock;
    private final SecurityLog securityLog;
    private final ApplicationEventPublisher events;
    private final AbsenceStore absences;

    WorkflowService(RuntimeService runtime, TaskService tasks, IdentityService identity, HistoryService history,
                    RepositoryService repository, UserAccountService accounts, InboxQueries inboxes, TaskPhases phases,
                    ProcessModels models, TaskCompletions completions, Clock clock, SecurityLog securityLog,
                    ApplicationEventPublisher events, AbsenceStore absences) {
        this.absences = absences;
        this.securityLog = securityLog;
        this.events = events;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
        this.repository = repository;
        this.accounts = accounts;
        this.inboxes = inboxes;
        this.phases = phases;
        this.models = models;
        this.completions = completions;
        this.clock = clock;
    }

    /** The task definition keys of each phase, as the deployed models declare them (DD009): what reports group tasks by. */
    public Map<Phase, List<String>> taskKeysByPhase() {
        Map<Phase, List<String>> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            byPhase.put(phase, phases.keysOf(phase));
        }
        return byPhase;
    }

    /** The phase the deployed models give a task definition key; empty for a task of none. */
    public Optional<Phase> phaseOfTask(String taskDefinitionKey) {
        return Optional.ofNullable(phases.of(taskDefinitionKey));
    }

    /** The latest deployed version of a process, with its diagram and its steps (user tasks and call activities). */
    @Transactional(readOnly = true)
    public ProcessModel latestModel(String processKey) {
        return models.latest(processKey);
    }

    /** Starts a process for a business key; the actor is recorded as its initiator. */
    @Transactional
    public String startProcess(String processKey, String businessKey, Map<String, Object> variables, Actor actor) {
        return asActor(actor, () -> runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId());
    }

    /** The task if the actor may see it and it is not paused; otherwise {@link TaskNotAvailableException}. */
    @Transactional(readOnly = true)
    public WorkTask requireTask(String taskId, Actor actor) {
        return toWorkTask(visibleTask(taskId, actor));
    }

    /** The task if it is open, not paused and the actor may see it; empty otherwise, without failing the transaction. */
    @Transactional(readOnly = true)
    public Optional<WorkTask> findTask(String taskId, Actor actor) {
        return Optional.ofNullable(findVisibleTask(taskId, actor)).map(this::toWorkTask);
    }

    /**
     * The absent colleague whose task this is, when the actor stands in for them today (DD027); empty for
     * the actor's own tasks, a colleague's who is not away, and tasks the actor may not see.
     */
    @Transactional(readOnly = true)
    public Optional<String> standingInFor(String taskId, Actor actor) {
        return Optional.ofNullable(findVisibleTask(taskId, actor)).map(Task::getAssignee)
                .filter(assignee -> !assignee.equals(actor.userId()) && inboxes.assigneesActedOnBy(actor).contains(assignee));
    }

    /** A routing or id variable as seen from the task, for an actor who may see the task. */
    @Transactional(readOnly = true)
    public String variable(String taskId, String name, Actor actor) {
        visibleTask(taskId, actor);
        Object value = tasks.getVariable(taskId, name);
        return value == null ? null : value.toString();
    }

    @Transactional
    public void claim(String taskId, Actor actor) {
        claimTask(taskId, actor);
    }

    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = visibleTask(taskId, actor);
        // a substitute may give an absent colleague's task back to the group, as the colleague could
        if (task.getAssignee() == null || !actsOnAssignedTask(task, actor)) {
            throw new TaskClaimedByOtherException(String.valueOf(task.getAssignee()));
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes a task in the caller's transaction, so that the business change and the step
     * of the process succeed or fail together. An unassigned task is claimed first, so the
     * history says who did it. A task of an absent colleague whom the actor stands in for is
     * handed to the actor first, recording for whom they act (DD027): the engine then checks and
     * records the completion as the actor's own.
     */
    @Transactional
    public void complete(String taskId, Actor actor, Map<String, Object> variables) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() != null && !actsOnAssignedTask(task, actor)) {
            throw new TaskClaimedByOtherException(task.getAssignee());
        }
        String actedFor = task.getAssignee() == null || task.getAssignee().equals(actor.userId()) ? null : task.getAssignee();
        try {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, actor.userId());
            } else if (actedFor != null) {
                tasks.setAssignee(taskId, actor.userId());
                absences.recordSubstitution(taskId, actor.userId(), actedFor);
            }
            asActor(actor, () -> {
                tasks.complete(taskId, variables);
                return null;
            });
        } catch (TaskAlreadyClaimedException claimedMeanwhile) {
            throw new TaskClaimedByOtherException(claimedMeanwhile.getTaskAssignee());
        } catch (OptimisticLockingException | NullValueException collided) {
            // another transaction completed the task (gone when read again: null), or changed it or its process
            // between our read and our write (refused by the engine's optimistic locking)
            if (completions.completedByOther(taskId, actor.userId(), actor.groups())) {
                throw new TaskCompletedByOtherException(taskId, collided);
            }
            if (collided instanceof OptimisticLockingException) {
                throw new TaskChangedMeanwhileException(taskId, collided);
            }
            throw collided;
        }
        // the variables are ids and routing decisions only (ARCHITECTURE.md): the decision taken is in the log
        securityLog.record(actor.userId(), "TASK_COMPLETED", task.getName() + " (" + task.getTaskDefinitionKey() + ", task " + taskId
                + ", process " + task.getProcessInstanceId() + (actedFor == null ? "" : ", for " + actedFor) + ") "
                + (variables == null ? Map.of() : new TreeMap<>(variables)));
    }

    /** One page of an inbox view, due first (tasks without a due date last), then oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(Inbox view, Actor actor, int offset, int limit) {
        return inbox(view, InboxFilter.NONE, actor, offset, limit);
    }

    /** One page of a filtered inbox view, due first (tasks without a due date last), then oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(Inbox view, InboxFilter filter, Actor actor, int offset, int limit) {
        return inboxes.page(view, filter, actor, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(Inbox view, Actor actor) {
        return count(view, InboxFilter.NONE, actor);
    }

    @Transactional(readOnly = true)
    public long count(Inbox view, InboxFilter filter, Actor actor) {
        return inboxes.count(view, filter, actor);
    }

    /** The processes tasks can come from, key to name, for the inbox's process filter. */
    @Transactional(readOnly = true)
    public Map<String, String> processes() {
        Map<String, String> names = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc().list()
                .forEach(definition -> names.put(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName()));
        return names;
    }

    /** The partner cities of the projects the actor's organisation takes part in, code to name: the partner filter's choices. */
    @Transactional(readOnly = true)
    public Map<String, Name> partnerCities(Actor actor) {
        return inboxes.partnerCities(actor);
    }

    /** The views the actor may open: the organisation's view is for managers. */
    public List<Inbox> viewsOf(Actor actor) {
        return actor.hasRole(Roles.MANAGER) ? List.of(Inbox.values()) : List.of(Inbox.MY_TASKS, Inbox.GROUP_TASKS);
    }

    /**
     * Claims each task the actor may claim; returns the ids refused because a colleague took the
     * task meanwhile or it is gone, so the screen can say so.
     */
    @Transactional
    public List<String> claimAll(Collection<String> taskIds, Actor actor) {
        return eachRefused(taskIds, taskId -> claimTask(taskId, actor));
    }

    /**
     * A manager hands a task of the organisation to a colleague (someone is absent). The
     * colleague must be a user of the same organisation holding a role that is a candidate of
     * the task; otherwise the task stays as it was.
     */
    @Transactional
    public void reassign(String taskId, String colleague, Actor manager) {
        reassignTask(taskId, colleague, manager);
    }

    /** Reassigns each task; returns the ids of tasks that the colleague may not take or that are gone. */
    @Transactional
    public List<String> reassignAll(Collection<String> taskIds, String colleague, Actor manager) {
        return eachRefused(taskIds, taskId -> reassignTask(taskId, colleague, manager));
    }

    /** Names of users as people read them, by username: assignees and colleagues are shown by name. */
    @Transactional(readOnly = true)
    public Map<String, Name> namesOf(Collection<String> usernames) {
        return accounts.displayNames(usernames);
    }

    /** Users of the manager's organisation, for choosing whom to reassign to. */
    @Transactional(readOnly = true)
    public List<String> colleaguesOf(Actor manager) {
        InboxQueries.requireManager(manager);
        return accounts.usernamesOf(manager.organisationCode());
    }

    /**
     * Parks a task until {@code followUp}: it leaves the default views until that day and shows
     * under the parked tasks. {@code null} ends the parking.
     */
    @Transactional
    public void followUp(String taskId, LocalDate followUp, Actor actor) {
        // a manager parks any task of the organisation, as they reassign it; others the tasks they may see
        Task task = actor.hasRole(Roles.MANAGER) ? organisationTask(taskId, actor) : visibleTask(taskId, actor);
        if (task.getAssignee() != null && !actsOnAssignedTask(task, actor) && !actor.hasRole(Roles.MANAGER)) {
            throw new TaskClaimedByOtherException(task.getAssignee());
        }
        if (followUp != null && !followUp.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("followUp", "inbox.problem.follow-up");
        }
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp.atStartOfDay(clock.getZone()).toInstant()));
        tasks.saveTask(task);
    }

    /** Open tasks of one process instance (by business key) that the actor may see. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(String businessKey, Actor actor) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                .taskCandidateGroupIn(List.copyOf(actor.groups())).includeAssignedTasks()
                .initializeFormKeys().orderByTaskCreateTime().asc().listPage(0, 100);
        return found.stream().map(task -> inboxes.workTask(task, businessKey)).toList();
    }

    /**
     * The completed user tasks of a business key (the main process and its building blocks), who
     * completed them, for whom if they stood in for an absent colleague, and when, newest first.
     * The caller checks that the user may see the business key.
     */
    @Transactional(readOnly = true)
    public List<CompletedTask> completedTasksOf(String businessKey) {
        List<HistoricTaskInstance> completed = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 500).stream()
                .filter(task -> "completed".equals(task.getDeleteReason())).toList();
        Map<String, String> actedFor = absences.actedFor(completed.stream().map(HistoricTaskInstance::getId).toList());
        return completed.stream().map(task -> new CompletedTask(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                actedFor.get(task.getId()), task.getEndTime().toInstant())).toList();
    }

    /**
     * Pauses all work of a business key: the main process and the building blocks it called
     * (they carry the same business key). Suspended tasks cannot be completed, timers do not fire.
     */
    @Transactional
    public void suspend(String businessKey) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(instancesOf(businessKey)).suspend();
    }

    /** Resumes the work of a business key where it stood. */
    @Transactional
    public void resume(String businessKey) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(instancesOf(businessKey)).activate();
    }

    /** Ends all work of a business key for good, with the reason in the engine's history. */
    @Transactional
    public void cancel(String businessKey, String reason) {
        List<String> roots = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .listPage(0, 100).stream().filter(instance -> instance.getRootProcessInstanceId().equals(instance.getId()))
                .map(ProcessInstance::getId).toList();
        roots.forEach(id -> runtime.deleteProcessInstance(id, reason, true, true));
    }

    /** Whether the business key has work in the engine that is not suspended. */
    @Transactional(readOnly = true)
    public boolean isActive(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).active().count() > 0;
    }

    private List<String> instancesOf(String businessKey) {
        List<String> ids = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .listPage(0, 100).stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("No running process for " + businessKey);
        }
        return ids;
    }

    private void claimTask(String taskId, Actor actor) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskClaimedByOtherException(task.getAssignee());
        }
        tasks.claim(taskId, actor.userId());
    }

    private Task organisationTask(String taskId, Actor manager) {
        TaskQuery ofOrganisation = tasks.createTaskQuery().taskId(taskId).active();
        inboxes.organisationTasks(ofOrganisation, manager);
        Task task = ofOrganisation.singleResult();
        if (task == null) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    private void reassignTask(String taskId, String colleague, Actor manager) {
        organisationTask(taskId, manager);
        Set<String> colleagueGroups = accounts.rolesInOrganisation(colleague, manager.organisationCode()).stream()
                .map(role -> CityCoopUser.engineGroup(manager.organisationCode(), role)).collect(Collectors.toSet());
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).anyMatch(colleagueGroups::contains);
        if (!candidate) {
            throw InvalidInputException.of("colleague", "inbox.problem.colleague");
        }
        tasks.setAssignee(taskId, colleague);
        WorkTask assigned = toWorkTask(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        events.publishEvent(new TaskNeedsAttention(TaskNeedsAttention.Reason.ASSIGNED, taskId, assigned.taskDefinitionKey(),
                assigned.formKey(), assigned.businessKey(), colleague, Set.of()));
    }

    private static List<String> eachRefused(Collection<String> taskIds, java.util.function.Consumer<String> action) {
        List<String> refused = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                action.accept(taskId);
            } catch (TaskNotAvailableException | TaskClaimedByOtherException | InvalidInputException notPossible) {
                refused.add(taskId);
            }
        }
        return refused;
    }

    private Task visibleTask(String taskId, Actor actor) {
        Task task = findVisibleTask(taskId, actor);
        if (task == null) {
            throw completions.completedByOther(taskId, actor.userId(), actor.groups())
                    ? new TaskCompletedByOtherException(taskId) : new TaskNotAvailableException(taskId);
        }
        return task;
    }

    private Task findVisibleTask(String taskId, Actor actor) {
        Task task = null;
        if (!actor.groups().isEmpty()) {
            task = tasks.createTaskQuery().taskId(taskId).active().taskCandidateGroupIn(List.copyOf(actor.groups()))
                    .includeAssignedTasks().initializeFormKeys().singleResult();
        }
        if (task == null) {
            task = tasks.createTaskQuery().taskId(taskId).active()
                    .taskAssigneeIn(inboxes.assigneesActedOnBy(actor).toArray(String[]::new)).initializeFormKeys().singleResult();
        }
        return task;
    }

    /** Whether the task is assigned to the actor, or to an absent colleague whom the actor stands in for today. */
    private boolean actsOnAssignedTask(Task task, Actor actor) {
        return actor.userId().equals(task.getAssignee()) || inboxes.assigneesActedOnBy(actor).contains(task.getAssignee());
    }

    private WorkTask toWorkTask(Task task) {
        return inboxes.describe(List.of(task)).get(0);
    }

    private <T> T asActor(Actor actor, Supplier<T> work) {
        identity.setAuthentication(actor.userId(), List.copyOf(actor.groups()));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}

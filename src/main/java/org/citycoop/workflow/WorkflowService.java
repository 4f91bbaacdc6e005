package org.citycoop.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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

    WorkflowService(RuntimeService runtime, TaskService tasks, IdentityService identity, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
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

    /** A routing or id variable as seen from the task, for an actor who may see the task. */
    @Transactional(readOnly = true)
    public String variable(String taskId, String name, Actor actor) {
        visibleTask(taskId, actor);
        Object value = tasks.getVariable(taskId, name);
        return value == null ? null : value.toString();
    }

    @Transactional
    public void claim(String taskId, Actor actor) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskClaimedByOtherException(task.getAssignee());
        }
        tasks.claim(taskId, actor.userId());
    }

    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = visibleTask(taskId, actor);
        if (!actor.userId().equals(task.getAssignee())) {
            throw new TaskClaimedByOtherException(String.valueOf(task.getAssignee()));
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes a task in the caller's transaction, so that the business change and the step
     * of the process succeed or fail together. An unassigned task is claimed first, so the
     * history says who did it.
     */
    @Transactional
    public void complete(String taskId, Actor actor, Map<String, Object> variables) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.userId());
        } else if (!task.getAssignee().equals(actor.userId())) {
            throw new TaskClaimedByOtherException(task.getAssignee());
        }
        asActor(actor, () -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    /** One page of an inbox view, due first (tasks without a due date last), then oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(Inbox view, Actor actor, int offset, int limit) {
        List<Task> page = inboxQuery(view, actor).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        Map<String, String> businessKeys = businessKeysOf(page);
        return page.stream().map(task -> toWorkTask(task, businessKeys.get(task.getProcessInstanceId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(Inbox view, Actor actor) {
        return inboxQuery(view, actor).count();
    }

    /** Open tasks of one process instance (by business key) that the actor may see. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(String businessKey, Actor actor) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                .taskCandidateGroupIn(List.copyOf(actor.groups())).includeAssignedTasks()
                .initializeFormKeys().orderByTaskCreateTime().asc().listPage(0, 100);
        return found.stream().map(task -> toWorkTask(task, businessKey)).toList();
    }

    /**
     * The completed user tasks of a business key (the main process and its building blocks), who
     * completed them and when, newest first. The caller checks that the user may see the business key.
     */
    @Transactional(readOnly = true)
    public List<CompletedTask> completedTasksOf(String businessKey) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 500).stream()
                .filter(task -> "completed".equals(task.getDeleteReason()))
                .map(WorkflowService::toCompletedTask).toList();
    }

    private static CompletedTask toCompletedTask(HistoricTaskInstance task) {
        return new CompletedTask(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(), task.getEndTime().toInstant());
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

    private TaskQuery inboxQuery(Inbox view, Actor actor) {
        // a suspended project's work is paused: it leaves the inbox until the project is resumed
        TaskQuery query = tasks.createTaskQuery().active().initializeFormKeys();
        return switch (view) {
            case MY_TASKS -> query.taskAssignee(actor.userId());
            case GROUP_TASKS -> query.taskCandidateGroupIn(List.copyOf(actor.groups())).taskUnassigned();
        };
    }

    private Task visibleTask(String taskId, Actor actor) {
        Task task = null;
        if (!actor.groups().isEmpty()) {
            task = tasks.createTaskQuery().taskId(taskId).active().taskCandidateGroupIn(List.copyOf(actor.groups()))
                    .includeAssignedTasks().initializeFormKeys().singleResult();
        }
        if (task == null) {
            task = tasks.createTaskQuery().taskId(taskId).active().taskAssignee(actor.userId()).initializeFormKeys()
                    .singleResult();
        }
        if (task == null) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    private WorkTask toWorkTask(Task task) {
        return toWorkTask(task, businessKeysOf(List.of(task)).get(task.getProcessInstanceId()));
    }

    private Map<String, String> businessKeysOf(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).listPage(0, ids.size()).stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private static WorkTask toWorkTask(Task task, String businessKey) {
        return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(), businessKey,
                instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
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

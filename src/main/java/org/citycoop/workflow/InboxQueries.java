package org.citycoop.workflow;

import org.citycoop.name.Name;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.internal.AbsenceStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The inbox's engine queries: a view scoped to the actor's organisation, narrowed by a filter, one
 * page at a time. Everything is said in the engine's own task query, so that paging and counting
 * happen in the database.
 */
@Component
class InboxQueries {

    /** At most this many projects found by title narrow a search (the rest: refine the words). */
    static final int TITLE_MATCHES = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskSubjectLookup subjects;
    private final TaskPhases phases;
    private final AbsenceStore absences;
    private final Clock clock;

    InboxQueries(TaskService tasks, RuntimeService runtime, TaskSubjectLookup subjects, TaskPhases phases,
                 AbsenceStore absences, Clock clock) {
        this.tasks = tasks;
        this.absences = absences;
        this.runtime = runtime;
        this.subjects = subjects;
        this.phases = phases;
        this.clock = clock;
    }

    /** One page, due first (tasks without a due date last), then oldest first. */
    List<WorkTask> page(Inbox view, InboxFilter filter, Actor actor, int offset, int limit) {
        return query(view, filter, actor)
                .map(query -> describe(query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(offset, limit)))
                .orElse(List.of());
    }

    long count(Inbox view, InboxFilter filter, Actor actor) {
        return query(view, filter, actor).map(TaskQuery::count).orElse(0L);
    }

    Map<String, Name> partnerCities(Actor actor) {
        return subjects.partnersOf(actor.organisationCode());
    }

    /**
     * Narrows {@code query} to the open tasks of the manager's organisation: a role of the
     * organisation is a candidate, whoever holds the task. No "or a user of the organisation holds
     * it" branch is needed: every task gets an organisation's group when it is created, and claim
     * and reassign need a candidate group of the user's own organisation. Without that branch the
     * query walks the group index instead of reading every task (benchmarks.md, organisation view).
     */
    void organisationTasks(TaskQuery query, Actor manager) {
        requireManager(manager);
        String organisation = manager.organisationCode();
        List<String> groups = Roles.ALL.stream().map(role -> CityCoopUser.engineGroup(organisation, role)).toList();
        query.taskCandidateGroupIn(groups).includeAssignedTasks();
    }

    /**
     * Whose assigned tasks the actor acts on today: their own, and those of the colleagues they stand in
     * for during an absence (DD027).
     */
    List<String> assigneesActedOnBy(Actor actor) {
        List<String> assignees = new ArrayList<>();
        assignees.add(actor.userId());
        if (actor.organisationCode() != null) {
            assignees.addAll(absences.standsInFor(actor.userId(), actor.organisationCode(), actor.roles(), LocalDate.now(clock)));
        }
        return assignees;
    }

    static void requireManager(Actor actor) {
        if (!actor.hasRole(Roles.MANAGER)) {
            throw new AccessDeniedException("Only a manager sees and reassigns the organisation's tasks");
        }
    }

    /** The tasks with their business keys, read in one query for the whole page. */
    List<WorkTask> describe(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = ids.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(ids).listPage(0, ids.size()).stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return page.stream().map(task -> workTask(task, businessKeys.get(task.getProcessInstanceId()))).toList();
    }

    WorkTask workTask(Task task, String businessKey) {
        return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(), businessKey,
                instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee(),
                instant(task.getFollowUpDate()), phases.of(task.getTaskDefinitionKey()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The query of a view and filter; empty when the filter rules out every task (a phase or partner without any). */
    private Optional<TaskQuery> query(Inbox view, InboxFilter filter, Actor actor) {
        // a suspended project's work is paused: it leaves the inbox until the project is resumed
        TaskQuery query = tasks.createTaskQuery().active().initializeFormKeys();
        switch (view) {
            case MY_TASKS -> query.taskAssigneeIn(assigneesActedOnBy(actor).toArray(String[]::new));
            case GROUP_TASKS -> query.taskCandidateGroupIn(List.copyOf(actor.groups())).taskUnassigned();
            case ORGANISATION_TASKS -> organisationTasks(query, actor);
        }
        Date now = Date.from(clock.instant());
        if (filter.parked()) {
            query.followUpAfter(now);
        } else {
            query.followUpBeforeOrNotExistent(now);
        }
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.projectCode() != null) {
            query.processInstanceBusinessKey(filter.projectCode());
        }
        switch (filter.due()) {
            case OVERDUE -> query.dueBefore(now);
            case THIS_WEEK -> query.dueAfter(Date.from(startOfWeek(0))).dueBefore(Date.from(startOfWeek(1)));
            case ANY -> { }
        }
        if (filter.search() != null) {
            search(query, filter.search(), actor);
        }
        if (filter.phase() != null) {
            List<String> keys = phases.keysOf(filter.phase());
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            query.taskDefinitionKeyIn(keys.toArray(String[]::new));
        }
        if (filter.partnerCode() != null) {
            List<String> codes = subjects.codesWithPartner(filter.partnerCode(), actor.organisationCode());
            if (codes.isEmpty()) {
                return Optional.empty();
            }
            query.processInstanceBusinessKeyIn(codes.toArray(String[]::new));
        }
        return Optional.of(query);
    }

    private void search(TaskQuery query, String words, Actor actor) {
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> titled = subjects.codesWithTitleContaining(words, actor.organisationCode(), TITLE_MATCHES);
        if (titled.isEmpty()) {
            query.taskNameLike(pattern);
        } else {
            query.or().taskNameLike(pattern).processInstanceBusinessKeyIn(titled.toArray(String[]::new)).endOr();
        }
    }

    private Instant startOfWeek(int weeksAhead) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.plusWeeks(weeksAhead).atStartOfDay(clock.getZone()).toInstant();
    }
}

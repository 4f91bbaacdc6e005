package org.citycoop.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.base.AuditTrail;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ScopeVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalation for every user task of every model, without a timer on each task:
 * at the due date the task's people are reminded; seven days overdue it is escalated to the
 * managers of the lead organisation, who become candidates too. Each notice is sent once
 * (table {@code task_deadline_notice}). See DD004.
 */
@Component
class DeadlineWatch {

    static final Duration ESCALATE_AFTER = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlineWatch(TaskService tasks, RuntimeService runtime, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${citycoop.deadline-watch.interval:PT15M}", initialDelayString = "PT1M")
    void watch() {
        check(Instant.now(clock));
    }

    /** Sends the reminders and escalations due at {@code now}; returns how many notices were sent. */
    @Transactional
    int check(Instant now) {
        int sent = 0;
        for (Task task : overdueAt(now)) {
            if (firstNotice(task.getId(), "REMINDER")) {
                note(task, "TASK_REMINDER", "Due " + task.getDueDate().toInstant());
                sent++;
            }
        }
        for (Task task : overdueAt(now.minus(ESCALATE_AFTER))) {
            if (firstNotice(task.getId(), "ESCALATION")) {
                Object lead = runtime.getVariable(task.getExecutionId(), ScopeVariables.LEAD_ORGANISATION);
                if (lead != null) {
                    tasks.addCandidateGroup(task.getId(), CityCoopUser.engineGroup(lead.toString(), Roles.MANAGER));
                }
                note(task, "TASK_ESCALATED", "Overdue since " + task.getDueDate().toInstant() + "; escalated to the managers");
                sent++;
            }
        }
        return sent;
    }

    private List<Task> overdueAt(Instant instant) {
        return tasks.createTaskQuery().active().dueBefore(Date.from(instant)).orderByDueDate().asc().listPage(0, BATCH);
    }

    private boolean firstNotice(String taskId, String kind) {
        return jdbc.sql("insert into task_deadline_notice (task_id, kind) values (:task, :kind) on conflict do nothing")
                .param("task", taskId).param("kind", kind).update() == 1;
    }

    private void note(Task task, String action, String detail) {
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        audit.recordForProjectCode(businessKey, "system", action, task.getName() + ": " + detail);
        log.info("{} {} ({})", action, task.getName(), businessKey);
    }
}

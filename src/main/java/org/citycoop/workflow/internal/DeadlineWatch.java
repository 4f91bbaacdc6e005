package org.citycoop.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.TaskNeedsAttention;
import org.citycoop.workflow.TaskNeedsAttention.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and escalation for every user task of every model, without a timer on each task:
 * at the due date the task's people are reminded; seven days overdue it is escalated to the
 * managers of the lead organisation, who become candidates too. Each notice is sent once
 * (table {@code task_deadline_notice}). See DD004. Each notice is also published as a
 * {@link TaskNeedsAttention} event in the batch's transaction, for the notifications (DD023).
 */
@Component
class DeadlineWatch {

    static final Duration ESCALATE_AFTER = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final String REMINDER = "REMINDER";
    private static final String ESCALATION = "ESCALATION";
    /** Due dates are days in Japan, where the lead organisations work. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int batchSize;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DeadlineWatch(TaskService tasks, RuntimeService runtime, ManagementService management, JdbcClient jdbc,
                  AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager,
                  ApplicationEventPublisher events, @Value("${citycoop.deadline-watch.batch-size:200}") int batchSize) {
        this.events = events;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.batchSize = batchSize;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${citycoop.deadline-watch.interval:PT15M}",
            initialDelayString = "${citycoop.deadline-watch.initial-delay:PT1M}")
    void watch() {
        int sent = check(Instant.now(clock));
        if (sent > 0) {
            log.info("Deadline watch sent {} reminders and escalations", sent);
        }
    }

    /**
     * Sends the reminders and escalations due at {@code now}; returns how many notices were sent.
     * Each batch commits on its own: a backlog of thousands (the first run after an outage) neither
     * holds one long transaction nor loses the notices already sent when a later batch fails.
     */
    int check(Instant now) {
        int sent = 0;
        for (List<Task> batch = withoutNotice(now, REMINDER); !batch.isEmpty(); batch = withoutNotice(now, REMINDER)) {
            sent += inOneTransaction(batch, REMINDER, this::remind);
        }
        Instant escalateBefore = now.minus(ESCALATE_AFTER);
        for (List<Task> batch = withoutNotice(escalateBefore, ESCALATION); !batch.isEmpty();
             batch = withoutNotice(escalateBefore, ESCALATION)) {
            sent += inOneTransaction(batch, ESCALATION, this::escalate);
        }
        return sent;
    }

    private int inOneTransaction(List<Task> batch, String kind, Consumer<Task> notice) {
        return transactions.execute(status -> {
            int sent = 0;
            for (Task task : batch) {
                if (firstNotice(task.getId(), kind)) {
                    notice.accept(task);
                    sent++;
                }
            }
            return sent;
        });
    }

    private void remind(Task task) {
        String businessKey = note(task, "TASK_REMINDER", "audit-detail.task.due");
        Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).collect(Collectors.toSet());
        // an assigned task is the assignee's: the group is told only while nobody has taken it
        publish(Reason.OVERDUE, task, businessKey, task.getAssignee(), task.getAssignee() == null ? groups : Set.of());
    }

    private void escalate(Task task) {
        Object lead = runtime.getVariable(task.getExecutionId(), ScopeVariables.LEAD_ORGANISATION);
        String managers = lead == null ? null : CityCoopUser.engineGroup(lead.toString(), Roles.MANAGER);
        if (managers != null) {
            tasks.addCandidateGroup(task.getId(), managers);
        }
        String businessKey = note(task, "TASK_ESCALATED", "audit-detail.task.escalated");
        if (managers != null) {
            publish(Reason.ESCALATED, task, businessKey, null, Set.of(managers));
        }
    }

    private void publish(Reason reason, Task task, String businessKey, String assignee, Set<String> groups) {
        // the batch query reads no form keys (a native query cannot initialise them)
        String formKey = tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getFormKey();
        events.publishEvent(new TaskNeedsAttention(reason, task.getId(), task.getTaskDefinitionKey(), formKey, businessKey, assignee, groups));
    }

    /**
     * The next batch of active tasks due before {@code instant} that have not had this notice yet.
     * Sent notices leave the query, so the batches walk all overdue tasks however many there are,
     * instead of meeting the same first ones at every run.
     */
    private List<Task> withoutNotice(Instant instant, String kind) {
        String taskTable = management.getTableName(Task.class);
        return tasks.createNativeTaskQuery().sql("select RES.* from " + taskTable + " RES"
                        + " where RES.DUE_DATE_ < #{due} and RES.SUSPENSION_STATE_ = 1"
                        + " and not exists (select 1 from task_deadline_notice notice"
                        + " where notice.task_id = RES.ID_ and notice.kind = #{kind})"
                        + " order by RES.DUE_DATE_")
                .parameter("due", Date.from(instant)).parameter("kind", kind).listPage(0, batchSize);
    }

    private boolean firstNotice(String taskId, String kind) {
        return jdbc.sql("insert into task_deadline_notice (task_id, kind) values (:task, :kind) on conflict do nothing")
                .param("task", taskId).param("kind", kind).update() == 1;
    }

    /**
     * Records the notice in the project's trail, naming the task by its key and the day it was due in Japan,
     * so that the history words both in the reader's language (DD030, DD035); returns the project's code.
     */
    private String note(Task task, String action, String detailKey) {
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        LocalDate due = task.getDueDate().toInstant().atZone(JAPAN).toLocalDate();
        audit.recordForProjectCode(businessKey, "system", action, Message.of(detailKey, task.getTaskDefinitionKey(), due));
        log.debug("{} {} ({})", action, task.getName(), businessKey);
        return businessKey;
    }
}

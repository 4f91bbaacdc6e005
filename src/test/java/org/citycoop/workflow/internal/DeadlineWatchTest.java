package org.citycoop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.ReturnedProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Reminder at the due date, escalation to the lead's managers seven days later, each sent once. */
@CityCoopTest
class DeadlineWatchTest {

    @Autowired
    DeadlineWatch watch;

    @Autowired
    ReturnedProposals returned;

    @Autowired
    TaskService engineTasks;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestUsers users;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    NotificationService notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anOverdueRevisionIsRemindedOnceThenEscalatedToTheManagersOnce() {
        Project project = returned.returned("Deadline test " + UUID.randomUUID(), "SBY");
        Task revision = returned.revision(project);
        var due = revision.getDueDate().toInstant();

        watch.check(due.minusSeconds(60));
        assertThat(actions(project)).doesNotContain("TASK_REMINDER");

        watch.check(due.plusSeconds(60));
        watch.check(due.plusSeconds(120));
        assertThat(actions(project)).containsOnlyOnce("TASK_REMINDER").doesNotContain("TASK_ESCALATED");
        assertThat(groups(revision)).containsExactly("KIT:officer");

        watch.check(due.plus(DeadlineWatch.ESCALATE_AFTER).plus(Duration.ofMinutes(1)));
        watch.check(due.plus(DeadlineWatch.ESCALATE_AFTER).plus(Duration.ofMinutes(2)));
        assertThat(actions(project)).containsOnlyOnce("TASK_ESCALATED");
        assertThat(groups(revision)).containsExactlyInAnyOrder("KIT:officer", "KIT:manager");
    }

    @Test
    void everyOverdueTaskIsRemindedHoweverManyAreOverdue() {
        List<Project> overdue = List.of(returned.returned("Deadline batch " + UUID.randomUUID(), "SBY"),
                returned.returned("Deadline batch " + UUID.randomUUID(), "SBY"));
        Instant latestDue = overdue.stream().map(project -> returned.revision(project).getDueDate().toInstant())
                .max(Instant::compareTo).orElseThrow();
        // batches of one: a watch that met the same first task at each batch would remind only one of them
        DeadlineWatch oneAtATime = new DeadlineWatch(engineTasks, runtime, management, jdbc, audit, clock, transactionManager, events, 1);

        oneAtATime.check(latestDue.plusSeconds(60));

        assertThat(overdue).allSatisfy(project -> assertThat(actions(project)).containsOnlyOnce("TASK_REMINDER"));
    }

    @Test
    void anOverdueTaskNotifiesItsGroupThenTheManagersItIsEscalatedTo() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = returned.returned("Deadline notice " + UUID.randomUUID(), "SBY");
        Task revision = returned.revision(project);
        Instant due = revision.getDueDate().toInstant();

        watch.check(due.plusSeconds(60));
        assertThat(overdueNotices(project, officer)).containsExactly("task/project/revise-proposal/" + revision.getId());
        assertThat(overdueNotices(project, manager)).isEmpty();

        watch.check(due.plus(DeadlineWatch.ESCALATE_AFTER).plus(Duration.ofMinutes(1)));
        assertThat(overdueNotices(project, manager)).containsExactly("task/project/revise-proposal/" + revision.getId());
        assertThat(overdueNotices(project, officer)).as("reminded once").hasSize(1);
    }

    private List<String> overdueNotices(Project project, CityCoopUser user) {
        return notifications.notificationsOf(user).stream()
                .filter(notification -> notification.kind() == NotificationKind.TASK_OVERDUE && project.code().equals(notification.projectCode()))
                .map(Notification::link).toList();
    }

    private List<String> actions(Project project) {
        return audit.ofProject(project.id()).stream().map(AuditTrail.Entry::action).toList();
    }

    private List<String> groups(Task task) {
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
    }
}

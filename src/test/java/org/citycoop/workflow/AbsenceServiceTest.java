package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.notification.NotificationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.TimelineEntry;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Absences and substitutes on the real engine and PostgreSQL (DD027): the rules of recording one, who
 * may, the substitute's inbox inside and outside the absence, completing an absent colleague's task
 * with the checks the colleague would pass, what the history says, and who is notified.
 */
@CityCoopTest
class AbsenceServiceTest {

    private static final String AWAY = "kitakyushu.officer";
    private static final String STANDS_IN = "kitakyushu.officer2";

    @Autowired AbsenceService absences;
    @Autowired WorkflowService workflow;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired NotificationService notifications;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService history;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void everyoneIsBack() {
        // absences are shared state of the one test database: others' inboxes must not change
        jdbc.sql("delete from absence").update();
    }

    @Test
    void eachRuleNamesItsFieldAndSaysWhatToDo() {
        LocalDate today = today();

        assertThat(refusal(new NewAbsence(AWAY, today.plusDays(3), today.plusDays(2), STANDS_IN), AWAY))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("lastDay", "To: choose the first day or a later one."));
        assertThat(refusal(new NewAbsence(AWAY, today.minusDays(5), today.minusDays(1), STANDS_IN), AWAY))
                .extracting(FieldProblem::field).containsExactly("lastDay");
        assertThat(refusal(new NewAbsence(AWAY, null, null, null), AWAY)).extracting(FieldProblem::field)
                .containsExactly("firstDay", "lastDay", "substitute");
        assertThat(refusal(new NewAbsence(AWAY, today, today, AWAY), AWAY))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("substitute", "Substitute: choose someone other than the absent person."));
        // the manager of the organisation does not hold the officer's role
        assertThat(refusal(new NewAbsence(AWAY, today, today, "kitakyushu.manager"), AWAY))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("substitute", "Substitute: choose a colleague who is also one of the officers."));
        // an officer of another organisation
        assertThat(refusal(new NewAbsence(AWAY, today, today, "yokohama.officer"), AWAY))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("substitute", "Substitute: choose an active user of the same organisation."));

        absences.record(new NewAbsence(AWAY, today.plusDays(10), today.plusDays(14), STANDS_IN), users.get(AWAY));
        assertThat(refusal(new NewAbsence(AWAY, today.plusDays(14), today.plusDays(20), STANDS_IN), AWAY))
                .extracting(FieldProblem::field).containsExactly("firstDay");
        // the substitute cannot stand in while away themselves; a Japanese reader reads the colleague's Japanese name
        assertThat(refusal(new NewAbsence(STANDS_IN, today.plusDays(12), today.plusDays(13), AWAY), STANDS_IN))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("substitute");
                    assertThat(problem.message()).startsWith("Substitute: Aiko Tanaka is away from ");
                    assertThat(problem.message(Locale.JAPANESE)).startsWith("代理者: 田中 愛子さんは")
                            .endsWith("まで不在です。別の同僚を選んでください。");
                });
        assertThat(absences.possibleSubstitutes(AWAY, users.get(AWAY))).containsOnlyKeys(STANDS_IN);
    }

    @Test
    void aUserMarksTheirOwnAbsenceAManagerTheirColleaguesAndNobodyAnotherOrganisations() {
        LocalDate today = today();
        NewAbsence colleagueAway = new NewAbsence(AWAY, today.plusDays(1), today.plusDays(2), STANDS_IN);

        assertThatThrownBy(() -> absences.record(colleagueAway, users.get(STANDS_IN))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(colleagueAway, "yokohama.manager"))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("username", "Absent: choose an active user of your organisation."));
        assertThat(absences.possibleSubstitutes(AWAY, users.get("yokohama.manager"))).isEmpty();
        assertThat(absences.whoMayBeMarkedAbsent(users.get(AWAY))).containsOnlyKeys(AWAY);
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isZero();

        Absence recorded = absences.record(colleagueAway, users.get("kitakyushu.manager"));

        assertThat(recorded.recordedBy()).isEqualTo("kitakyushu.manager");
        assertThat(absences.absencesConcerning(users.get(AWAY))).extracting(Absence::id).containsExactly(recorded.id());
        assertThat(absences.absencesConcerning(users.get(STANDS_IN))).extracting(Absence::id).containsExactly(recorded.id());
        assertThat(absences.absencesConcerning(users.get("yokohama.manager"))).isEmpty();
        // neither another organisation's manager nor the substitute may end it; the absent user may
        assertThatThrownBy(() -> absences.end(recorded.id(), users.get("yokohama.manager")))
                .isInstanceOf(AbsenceNotAvailableException.class);
        assertThatThrownBy(() -> absences.end(recorded.id(), users.get(STANDS_IN)))
                .isInstanceOf(AbsenceNotAvailableException.class);
        absences.end(recorded.id(), users.get(AWAY));
        // it had not begun: nothing of it is left
        assertThat(absences.absencesConcerning(users.get(AWAY))).isEmpty();
    }

    @Test
    void duringTheAbsenceTheSubstituteSeesAndCompletesTheAbsentColleaguesTasksAndTheHistorySaysForWhom() {
        LocalDate today = today();
        Project project = kitakyushuProjectAssignedToTheOfficer("Substituted composting for Surabaya");
        String taskId = process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        InboxFilter ofProject = new InboxFilter(null, project.code(), InboxFilter.Due.ANY, null, false);

        // an absence still to come hands nothing on
        absences.record(new NewAbsence(AWAY, today.plusDays(1), today.plusDays(5), STANDS_IN), users.get(AWAY));
        assertThat(myTasks(ofProject, STANDS_IN)).isEmpty();
        assertThat(workflow.standingInFor(taskId, actor(STANDS_IN))).isEmpty();
        assertThatThrownBy(() -> revise(project, taskId, STANDS_IN)).isInstanceOf(TaskClaimedByOtherException.class);
        jdbc.sql("delete from absence").update();

        Absence running = absences.record(new NewAbsence(AWAY, today, today.plusDays(3), STANDS_IN), users.get(AWAY));

        assertThat(myTasks(ofProject, STANDS_IN)).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(taskId);
            assertThat(task.assignee()).isEqualTo(AWAY);
        });
        assertThat(workflow.count(Inbox.MY_TASKS, ofProject, actor(STANDS_IN))).isOne();
        assertThat(workflow.standingInFor(taskId, actor(STANDS_IN))).contains(AWAY);
        assertThat(workflow.standingInFor(taskId, actor(AWAY))).isEmpty();
        // the absent user's own inbox is unchanged; another organisation's officer sees nothing of it
        assertThat(myTasks(ofProject, AWAY)).extracting(WorkTask::id).containsExactly(taskId);
        assertThat(myTasks(ofProject, "yokohama.officer")).isEmpty();

        revise(project, taskId, STANDS_IN);

        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(STANDS_IN);
        assertThat(workflow.completedTasksOf(project.code())).filteredOn(task -> task.taskDefinitionKey()
                        .equals(ProjectProcess.TASK_REVISE_PROPOSAL))
                .extracting(CompletedTask::completedBy, CompletedTask::actedFor).containsExactly(tuple(STANDS_IN, AWAY));
        assertThat(projects.timeline(project.code(), users.get("kitakyushu.manager")))
                .filteredOn(entry -> entry.kind() == TimelineEntry.Kind.TASK)
                .extracting(TimelineEntry::actor, TimelineEntry::actedFor, TimelineEntry::what)
                .contains(tuple(STANDS_IN, AWAY, "Revise project proposal"));

        // ended early: the colleague's next task stays theirs alone
        Project next = kitakyushuProjectAssignedToTheOfficer("Substituted sewerage for Surabaya");
        InboxFilter ofNext = new InboxFilter(null, next.code(), InboxFilter.Due.ANY, null, false);
        assertThat(myTasks(ofNext, STANDS_IN)).hasSize(1);
        absences.end(running.id(), users.get(AWAY));
        assertThat(myTasks(ofNext, STANDS_IN)).isEmpty();
        String nextTask = process.taskWithKey(next, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        assertThatThrownBy(() -> revise(next, nextTask, STANDS_IN)).isInstanceOf(TaskClaimedByOtherException.class);
    }

    @Test
    void aTaskAssignedToAnAbsentUserAlsoNotifiesTheSubstitute() {
        absences.record(new NewAbsence(AWAY, today(), today().plusDays(2), STANDS_IN), users.get(AWAY));
        Project project = projects.propose(TestProposals.of("Notified landfill for Surabaya", "SBY"), users.get(AWAY));
        process.startAt(project, ProjectProcess.TASK_REVISE_PROPOSAL, Map.of());
        String taskId = process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL).getId();

        workflow.reassign(taskId, AWAY, actor("kitakyushu.manager"));

        assertThat(notifications.notificationsOf(users.get(STANDS_IN)))
                .anySatisfy(notification -> assertThat(notification.link()).endsWith(taskId));
        assertThat(notifications.notificationsOf(users.get("kitakyushu.manager")))
                .noneSatisfy(notification -> assertThat(notification.link()).endsWith(taskId));
    }

    private Project kitakyushuProjectAssignedToTheOfficer(String title) {
        Project project = projects.propose(TestProposals.of(title, "SBY"), users.get(AWAY));
        process.startAt(project, ProjectProcess.TASK_REVISE_PROPOSAL, Map.of());
        workflow.claim(process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL).getId(), actor(AWAY));
        return project;
    }

    /** The officer's revision, as the screen sends it: every check of the feature applies to whoever sends it. */
    private void revise(Project project, String taskId, String username) {
        projects.revise(taskId, TestProposals.of(project.title() + " (revised)", "SBY"), users.get(username));
    }

    private List<WorkTask> myTasks(InboxFilter filter, String username) {
        return workflow.inbox(Inbox.MY_TASKS, filter, actor(username), 0, 10);
    }

    private List<FieldProblem> refusal(NewAbsence absence, String username) {
        CityCoopUser user = users.get(username);
        try {
            absences.record(absence, user);
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("recorded " + absence);
    }

    private Actor actor(String username) {
        return Actor.of(users.get(username));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

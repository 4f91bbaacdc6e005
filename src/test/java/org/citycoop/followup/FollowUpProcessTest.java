package org.citycoop.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.citycoop.CityCoopTest;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code FollowUpProcess} on the real engine and PostgreSQL, called by the main
 * process after the partner's action plan: several rounds on the schedule in the data, each
 * started by its timer; a correction loop; a round that needs a visit (a specialist dispatch
 * called with a new dispatch row) and rounds that do not; then the main process goes on to the
 * completion report. Together the paths pass every flow node and flow (target/process-coverage.md).
 */
@CityCoopTest
class FollowUpProcessTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired DispatchFixture dispatches;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired FollowUpFixtures fixtures;

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void theMainProcessCallsTheFollowUpWithTheProjectsOrganisationsAndTheOfficerSetsTheSchedule() {
        Project project = fixtures.projectInFollowUp();

        ProcessInstance followUp = fixtures.followUp(project);
        assertThat(followUp.getBusinessKey()).isEqualTo(project.code());
        assertThat(runtime.getVariables(followUp.getId())).containsEntry("leadOrganisation", "KIT")
                .containsEntry("partnerOrganisation", "SBY");
        Task schedule = fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE);
        assertThat(groups(schedule)).containsExactly("KIT:officer");
        assertDueAfterDays(schedule, 14);
        BpmnAwareTests.assertThat(schedule).hasFormKey(FollowUpProcess.FORM_SET_SCHEDULE);
    }

    @Test
    void twoRoundsComeByTheTimerSixAndTwelveMonthsAfterTheActionPlanThenTheMainProcessGoesOn() {
        Project project = fixtures.scheduledProject("R2/P6M");
        LocalDate planDay = LocalDate.now(JAPAN);

        assertThat(fixtures.roundTimer(project).getDuedate()).isEqualTo(startOfDay(planDay.plusMonths(6)));
        assertThat(openTasks(project)).isEmpty();
        fixtures.roundDue(project);
        Task report = fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS);
        assertThat(groups(report)).containsExactly("SBY:partner");
        assertDueAfterDays(report, 30);
        BpmnAwareTests.assertThat(report).hasFormKey(FollowUpProcess.FORM_REPORT_PROGRESS);
        fixtures.report(project, "4", "11");
        Task review = fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS);
        assertThat(groups(review)).containsExactly("KIT:officer");
        assertDueAfterDays(review, 14);
        BpmnAwareTests.assertThat(review).hasFormKey(FollowUpProcess.FORM_REVIEW_PROGRESS);
        fixtures.review(project, ReviewOutcome.ACCEPTED, false, null);

        assertThat(fixtures.roundTimer(project).getDuedate()).isEqualTo(startOfDay(planDay.plusMonths(12)));
        assertThat(openTasks(project)).isEmpty();
        fixtures.roundDue(project);
        fixtures.report(project, "7", "15");
        fixtures.review(project, ReviewOutcome.ACCEPTED, false, "On track.");

        assertThat(rounds(project)).containsExactly("1 " + planDay.plusMonths(6) + " closed", "2 " + planDay.plusMonths(12) + " closed");
        assertThat(fixtures.followUp(project)).isNull();
        assertThat(passed(project)).containsSubsequence("Task_PlanNextRound", "Timer_RoundDue", "Task_ReportProgress",
                "Task_ReviewProgress", "Gateway_VisitNeeded", "Task_CloseRound", "Task_PlanNextRound", "Timer_RoundDue",
                "Task_CloseRound", "Task_PlanNextRound", "EndEvent_FollowUpDone");
        assertThat(openTasks(project)).extracting(Task::getTaskDefinitionKey).containsExactly(ProjectProcess.TASK_WRITE_COMPLETION_REPORT);
    }

    @Test
    void aRequestForCorrectionSendsTheReportBackToThePartnerThenTheReviewAgain() {
        Project project = fixtures.scheduledProject("R1/P3M");
        fixtures.roundDue(project);
        fixtures.report(project, "4", "110");
        fixtures.review(project, ReviewOutcome.CORRECTION, null, "Recycling cannot exceed 100 %: check the figure.");

        Task again = fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS);
        assertThat(groups(again)).containsExactly("SBY:partner");
        fixtures.report(project, "4", "11");
        fixtures.review(project, ReviewOutcome.ACCEPTED, false, null);

        assertThat(timesPassed(project, FollowUpProcess.TASK_REPORT_PROGRESS)).isEqualTo(2);
        assertThat(timesPassed(project, FollowUpProcess.TASK_REVIEW_PROGRESS)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select v.outcome from follow_up_review v join follow_up_round r on r.id = v.round_id
                        join project p on p.id = r.project_id where p.code = :code order by v.id""")
                .param("code", project.code()).query(String.class).list()).containsExactly("CORRECTION", "ACCEPTED");
        assertThat(fixtures.followUp(project)).isNull();
    }

    @Test
    void aRoundThatNeedsAVisitCallsASpecialistDispatchWithANewDispatchRowThenClosesWhenItIsDone() {
        Project project = fixtures.scheduledProject("R1/P6M");
        fixtures.roundDue(project);
        fixtures.report(project, "3", "9");
        fixtures.review(project, ReviewOutcome.ACCEPTED, true, "Composting lags: our specialists should visit.");

        ProcessInstance dispatch = runtime.createProcessInstanceQuery().superProcessInstanceId(fixtures.followUp(project).getId())
                .processDefinitionKey("SpecialistDispatchProcess").singleResult();
        assertThat(dispatch).isNotNull();
        assertThat(dispatch.getBusinessKey()).isEqualTo(project.code());
        Map<String, Object> variables = runtime.getVariables(dispatch.getId());
        assertThat(variables).containsEntry("leadOrganisation", "KIT").containsEntry("partnerOrganisation", "SBY");
        long itemId = Long.parseLong(variables.get(FollowUpProcess.IMPLEMENTATION_ITEM).toString());
        assertThat(jdbc.sql("""
                        select i.kind || ' ' || i.title from implementation_item i join project p on p.id = i.project_id
                        where i.id = :id and p.code = :code""").param("id", itemId).param("code", project.code())
                .query(String.class).single()).isEqualTo("DISPATCH Follow-up visit, round 1");
        assertThat(jdbc.sql("select visit_item_id from follow_up_round where id = (select max(r.id) from follow_up_round r "
                + "join project p on p.id = r.project_id where p.code = :code)").param("code", project.code())
                .query(Long.class).single()).isEqualTo(itemId);
        assertThat(rounds(project)).containsExactly("1 " + LocalDate.now(JAPAN).plusMonths(6) + " open");

        // the dispatch's own paths are tested by its own process test: here it runs its shortest one
        dispatches.runToAcknowledgement(dispatch.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(dispatch.getId()).count()).isZero();
        assertThat(rounds(project)).containsExactly("1 " + LocalDate.now(JAPAN).plusMonths(6) + " closed");
        assertThat(passed(project)).containsSubsequence("Gateway_VisitNeeded", "Task_PlanFollowUpVisit",
                FollowUpProcess.CALL_FOLLOW_UP_VISIT, "Gateway_JoinVisit", "Task_CloseRound", "EndEvent_FollowUpDone");
        assertThat(openTasks(project)).extracting(Task::getTaskDefinitionKey).containsExactly(ProjectProcess.TASK_WRITE_COMPLETION_REPORT);
    }

    private List<Task> openTasks(Project project) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).list();
    }

    private List<String> rounds(Project project) {
        return jdbc.sql("""
                        select r.round_no || ' ' || r.due_on || case when r.closed_at is null then ' open' else ' closed' end
                        from follow_up_round r join project p on p.id = r.project_id where p.code = :code order by r.round_no""")
                .param("code", project.code()).query(String.class).list();
    }

    private List<String> passed(Project project) {
        String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(project.code())
                .processDefinitionKey(FollowUpProcess.PROCESS_KEY).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(id).orderPartiallyByOccurrence().asc().list()
                .stream().map(activity -> activity.getActivityId()).toList();
    }

    private long timesPassed(Project project, String activityId) {
        return passed(project).stream().filter(activityId::equals).count();
    }

    private List<String> groups(Task task) {
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(JAPAN).toInstant());
    }

    private static void assertDueAfterDays(Task task, int days) {
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .as(task.getTaskDefinitionKey())
                .isBetween(Duration.ofDays(days).minusMinutes(1), Duration.ofDays(days).plusMinutes(1));
    }
}

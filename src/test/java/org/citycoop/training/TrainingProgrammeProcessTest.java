package org.citycoop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.citycoop.base.LocalFormats;
import org.citycoop.CityCoopTest;
import org.citycoop.base.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code TrainingProgrammeProcess} on the real engine and PostgreSQL: straight
 * through; the list of trainees returned to the partner and sent again (the loop); several
 * sessions before the programme is over (the loop); and the daily logistics check, which reminds
 * of open items due within a week, once each, while the checklist stays open. Plus the
 * organisation scoping, screens and due dates of its tasks, and a coverage check over every flow
 * node and sequence flow. The routing paths use bare instances of a made-up lead organisation;
 * the reminder runs on a real project's checklist.
 */
@CityCoopTest
class TrainingProgrammeProcessTest {

    private static final String LEAD = "PROCESSTEST";
    private static final String PARTNER = "PROCESSPARTNER";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired TrainingService training;
    @Autowired TrainingFixture fixture;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    private final List<String> instances = new ArrayList<>();

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aProgrammeConfirmedAtOnceWithOneSessionPassesEachStepOnce() {
        ProcessInstance programme = start();

        runToConfirmation(programme);
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, true));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_PREPARE_LOGISTICS);
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_RECORD_SESSION);
        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, true));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_EVALUATE_PROGRAMME);
        complete(task(programme));

        BpmnAwareTests.assertThat(programme).hasPassedInOrder("StartEvent_TrainingProgrammePlanned",
                TrainingProcess.TASK_DESIGN_CURRICULUM, "Gateway_JoinNomination", TrainingProcess.TASK_NOMINATE_TRAINEES,
                TrainingProcess.TASK_CONFIRM_TRAINEES, "Gateway_TraineesConfirmed", TrainingProcess.TASK_PREPARE_LOGISTICS,
                "Gateway_JoinSessions", TrainingProcess.TASK_RECORD_SESSION, "Gateway_ProgrammeOver",
                TrainingProcess.TASK_SUBMIT_ACTION_PLANS, TrainingProcess.TASK_EVALUATE_PROGRAMME,
                "EndEvent_TrainingProgrammeHeld").isEnded();
        assertThat(timesPassed(programme, TrainingProcess.TASK_NOMINATE_TRAINEES)).isEqualTo(1);
        assertThat(timesPassed(programme, TrainingProcess.TASK_RECORD_SESSION)).isEqualTo(1);
        // the daily check ends with the checklist
        assertThat(management.createJobQuery().processInstanceId(programme.getId()).count()).isZero();
    }

    @Test
    void aReturnedListGoesBackToThePartnerAndIsConfirmedAgain() {
        ProcessInstance programme = start();
        runToConfirmation(programme);

        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, false));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_NOMINATE_TRAINEES);
        assertThat(candidateGroups(task(programme))).containsExactly(PARTNER + ":partner");
        complete(task(programme));
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, false));
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_CONFIRM_TRAINEES);
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, true));

        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_PREPARE_LOGISTICS);
        assertThat(timesPassed(programme, TrainingProcess.TASK_NOMINATE_TRAINEES)).isEqualTo(3);
        assertThat(timesPassed(programme, TrainingProcess.TASK_CONFIRM_TRAINEES)).isEqualTo(3);
    }

    @Test
    void sessionsAreRecordedOneByOneUntilTheOfficerSaysTheProgrammeIsOver() {
        ProcessInstance programme = start();
        runToConfirmation(programme);
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, true));
        complete(task(programme));

        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, false));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_RECORD_SESSION);
        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, false));
        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, true));

        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
        assertThat(timesPassed(programme, TrainingProcess.TASK_RECORD_SESSION)).isEqualTo(3);
        complete(task(programme));
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isEnded();
    }

    @Test
    void theDailyCheckRemindsOnceOfOpenItemsDueWithinAWeekAndTheChecklistStaysOpen() {
        TrainingFixture.Planned planned = fixture.plannedProgramme("Composting training in Kitakyushu");
        String code = planned.projectCode();
        training.designCurriculum(fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM), TrainingFixture.curriculum(),
                fixture.officer());
        training.nominateTrainees(fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES), TrainingFixture.trainees(),
                fixture.partner());
        training.confirmTrainees(fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES), true, null, fixture.officer());
        String logistics = fixture.taskId(code, TrainingProcess.TASK_PREPARE_LOGISTICS);
        instances.add(fixture.task(code).getProcessInstanceId());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        training.saveLogistics(logistics, List.of(
                LogisticsItem.of(LogisticsKind.INVITATION_LETTERS, today.minusDays(10), true),
                LogisticsItem.of(LogisticsKind.VISAS, today.plusDays(5), false),
                LogisticsItem.of(LogisticsKind.TRAVEL, today.plusDays(7), false),
                LogisticsItem.of(LogisticsKind.ACCOMMODATION, today.plusDays(30), false),
                LogisticsItem.of(LogisticsKind.INSURANCE, today.minusDays(1), true)), fixture.officer());

        Job daily = dailyCheck(code);
        assertThat(Duration.between(java.time.Instant.now(), daily.getDuedate().toInstant()))
                .isBetween(Duration.ofHours(23), Duration.ofDays(1));
        management.executeJob(daily.getId());

        assertThat(fixture.task(code).getId()).as("the checklist stays open").isEqualTo(logistics);
        assertThat(fixture.programme(code).logistics()).filteredOn(item -> item.remindedAt() != null)
                .extracting(LogisticsItem::kind).containsExactly(LogisticsKind.VISAS, LogisticsKind.TRAVEL);
        assertThat(reminders(code)).containsExactly("Composting training in Kitakyushu: Visas by "
                + LocalFormats.date(today.plusDays(5), Locale.ENGLISH) + ", Travel by " + LocalFormats.date(today.plusDays(7), Locale.ENGLISH));

        // the next day: nothing new is due, so nobody is reminded twice
        management.executeJob(dailyCheck(code).getId());
        assertThat(reminders(code)).hasSize(1);

        training.finishLogistics(logistics, TrainingFixture.logisticsDone(), fixture.officer());
        assertThat(fixture.task(code).getTaskDefinitionKey()).isEqualTo(TrainingProcess.TASK_RECORD_SESSION);
        assertThat(management.createJobQuery().processInstanceId(fixture.task(code).getProcessInstanceId()).timers().count()).isZero();
    }

    @Test
    void theOfficerOfTheLeadDesignsConfirmsAndRecordsThePartnerNominatesAndPlans() {
        ProcessInstance programme = start();

        assertThat(candidateGroups(task(programme))).containsExactly(LEAD + ":officer");
        complete(task(programme));
        assertThat(candidateGroups(task(programme))).containsExactly(PARTNER + ":partner");
        complete(task(programme));
        assertThat(candidateGroups(task(programme))).containsExactly(LEAD + ":officer");
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, true));
        assertThat(candidateGroups(task(programme))).containsExactly(LEAD + ":officer");
        complete(task(programme));
        assertThat(candidateGroups(task(programme))).containsExactly(LEAD + ":officer");
        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, true));
        assertThat(candidateGroups(task(programme))).containsExactly(PARTNER + ":partner");
        complete(task(programme));
        assertThat(candidateGroups(task(programme))).containsExactly(LEAD + ":officer");
    }

    @Test
    void eachTaskNamesItsScreenAndIsDueAfterTheDaysOfTheReferenceTable() {
        // task_due_period rows of db/migration V8
        ProcessInstance programme = start();
        assertTask(task(programme), TrainingProcess.FORM_DESIGN_CURRICULUM, 30);
        complete(task(programme));
        assertTask(task(programme), TrainingProcess.FORM_NOMINATE_TRAINEES, 21);
        complete(task(programme));
        assertTask(task(programme), TrainingProcess.FORM_CONFIRM_TRAINEES, 7);
        complete(task(programme), withVariables(TrainingProcess.TRAINEES_CONFIRMED, true));
        assertTask(task(programme), TrainingProcess.FORM_PREPARE_LOGISTICS, 60);
        complete(task(programme));
        assertTask(task(programme), TrainingProcess.FORM_RECORD_SESSION, 90);
        complete(task(programme), withVariables(TrainingProcess.PROGRAMME_OVER, true));
        assertTask(task(programme), TrainingProcess.FORM_SUBMIT_ACTION_PLANS, 30);
        complete(task(programme));
        assertTask(task(programme), TrainingProcess.FORM_EVALUATE_PROGRAMME, 30);
    }

    /** The paths above run once more: together they pass every flow node and sequence flow of the model. */
    @Test
    void thePathsTogetherCoverEveryFlowNodeAndSequenceFlow() {
        aProgrammeConfirmedAtOnceWithOneSessionPassesEachStepOnce();
        aReturnedListGoesBackToThePartnerAndIsConfirmedAgain();
        sessionsAreRecordedOneByOneUntilTheOfficerSaysTheProgrammeIsOver();
        theDailyCheckRemindsOnceOfOpenItemsDueWithinAWeekAndTheChecklistStaysOpen();

        BpmnModelInstance model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(TrainingProcess.PROCESS_KEY).latestVersion().singleResult().getId());
        Set<String> passedNodes = new HashSet<>();
        Set<String> passedFlows = new HashSet<>();
        for (String instance : instances) {
            List<HistoricActivityInstance> path = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .orderPartiallyByOccurrence().asc().list();
            path.forEach(activity -> passedNodes.add(activity.getActivityId()));
            // the token of the reminder runs beside the checklist's: join each activity to the one it came from
            for (int i = 1; i < path.size(); i++) {
                passedFlows.add(predecessor(path, i) + "->" + path.get(i).getActivityId());
            }
        }
        List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
        List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                .map(flow -> flow.getSource().getId() + "->" + flow.getTarget().getId()).toList();
        assertThat(passedNodes).containsAll(nodes);
        assertThat(passedFlows).containsAll(flows);
        System.out.printf("TrainingProgrammeProcess coverage: %d/%d flow nodes, %d/%d sequence flows%n",
                nodes.stream().filter(passedNodes::contains).count(), nodes.size(),
                flows.stream().filter(passedFlows::contains).count(), flows.size());
    }

    /**
     * The activity the token came from: the last one before it in the same branch. The reminder's
     * branch (timer, reminder, its end) runs beside the checklist; the main branch skips it.
     */
    private static String predecessor(List<HistoricActivityInstance> path, int index) {
        Set<String> reminderBranch = Set.of("Timer_DailyLogisticsCheck", "Task_RemindOfDueLogistics", "EndEvent_LogisticsChecked");
        String current = path.get(index).getActivityId();
        if (current.equals("Timer_DailyLogisticsCheck")) {
            return current; // a boundary event has no incoming flow
        }
        boolean inReminder = reminderBranch.contains(current);
        for (int i = index - 1; i >= 0; i--) {
            String before = path.get(i).getActivityId();
            if (reminderBranch.contains(before) == inReminder) {
                return before;
            }
        }
        return "";
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(TrainingProcess.PROCESS_KEY, "TEST-" + UUID.randomUUID(),
                Map.of(TrainingProcess.IMPLEMENTATION_ITEM, "0", "leadOrganisation", LEAD, "partnerOrganisation", PARTNER));
        instances.add(instance.getId());
        return instance;
    }

    private static void runToConfirmation(ProcessInstance programme) {
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_DESIGN_CURRICULUM);
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_NOMINATE_TRAINEES);
        complete(task(programme));
        BpmnAwareTests.assertThat(programme).isWaitingAt(TrainingProcess.TASK_CONFIRM_TRAINEES);
    }

    private Job dailyCheck(String code) {
        return management.createJobQuery().processInstanceId(fixture.task(code).getProcessInstanceId())
                .activityId("Timer_DailyLogisticsCheck").singleResult();
    }

    private List<String> reminders(String code) {
        long projectId = jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).single();
        return audit.ofProject(projectId).stream().filter(entry -> entry.action().equals("TRAINING_LOGISTICS_REMINDER"))
                .map(AuditTrail.Entry::detail).toList();
    }

    private long timesPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private static void assertTask(Task task, String formKey, int days) {
        BpmnAwareTests.assertThat(task).hasFormKey(formKey);
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .as(task.getTaskDefinitionKey())
                .isBetween(Duration.ofDays(days).minusMinutes(1), Duration.ofDays(days).plusMinutes(1));
    }
}

package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code SpecialistDispatchProcess} on the real engine and PostgreSQL, each step done
 * through {@link DispatchService}: the manager alone approves a short, cheap mission; a long or costly
 * one goes to the head after the manager; a refusal by either returns the plan to the officer (the
 * loop); a destination at travel-safety level 3 blocks the dispatch, and the officer changes the plan
 * or cancels it; the process waits for the return date before the mission report is due; the
 * partner's question comes back to the officer before the partner acknowledges. The paths together
 * pass every flow node and sequence flow of the model.
 */
@CityCoopTest
class SpecialistDispatchProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService engineTasks;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    DispatchService dispatches;

    @Autowired
    DispatchFixture fixture;

    @Autowired
    TestUsers users;

    private CityCoopUser officer;
    private CityCoopUser manager;
    private CityCoopUser head;
    private CityCoopUser partner;
    private final Map<String, ProcessInstance> started = new LinkedHashMap<>();

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
        officer = users.get("kitakyushu.officer");
        manager = users.get("kitakyushu.manager");
        head = users.get("kitakyushu.head");
        partner = users.get("surabaya.partner");
    }

    @Test
    void aShortCheapMissionIsApprovedByTheManagerAloneAndEndsWithTheAcknowledgement() {
        String dispatch = planned("ID", 7, 1_200_000L);

        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:manager");
        assertThat(runtime.getVariable(dispatch, DispatchProcess.APPROVAL_LEVEL)).isEqualTo("MANAGER");
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        BpmnAwareTests.assertThat(instance(dispatch)).isWaitingAt(DispatchProcess.TIMER_RETURN_DATE);
        fixture.fireReturnTimer(dispatch);
        report(dispatch);
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("SBY:partner");
        dispatches.respondToReport(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT), ReportResponse.ACKNOWLEDGE, null, partner);

        BpmnAwareTests.assertThat(instance(dispatch)).hasPassedInOrder("StartEvent_DispatchPlanned",
                DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE, DispatchProcess.TASK_SELECT_SPECIALISTS,
                DispatchProcess.TASK_CHECK_TRAVEL_SAFETY, DispatchProcess.TASK_DECIDE_APPROVERS,
                DispatchProcess.TASK_APPROVE_BY_MANAGER, "Gateway_HeadApprovalNeeded", DispatchProcess.TIMER_RETURN_DATE,
                DispatchProcess.TASK_SUBMIT_MISSION_REPORT, DispatchProcess.TASK_ACKNOWLEDGE_REPORT, "EndEvent_DispatchCompleted")
                .hasNotPassed(DispatchProcess.TASK_APPROVE_BY_HEAD).isEnded();
    }

    @Test
    void aLongMissionNeedsTheHeadAfterTheManager() {
        String dispatch = planned("ID", 15, 1_200_000L);

        assertThat(runtime.getVariable(dispatch, DispatchProcess.APPROVAL_LEVEL)).isEqualTo("MANAGER_AND_HEAD");
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:head");
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD, head);

        BpmnAwareTests.assertThat(instance(dispatch)).isWaitingAt(DispatchProcess.TIMER_RETURN_DATE)
                .hasPassedInOrder(DispatchProcess.TASK_APPROVE_BY_MANAGER, DispatchProcess.TASK_APPROVE_BY_HEAD, "Gateway_JoinApproved");
    }

    @Test
    void aCostlyMissionNeedsTheHeadAfterTheManager() {
        String dispatch = planned("ID", 7, 3_000_001L);

        assertThat(runtime.getVariable(dispatch, DispatchProcess.APPROVAL_LEVEL)).isEqualTo("MANAGER_AND_HEAD");
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD);
    }

    @Test
    void aRefusalByTheManagerOrTheHeadReturnsThePlanToTheOfficer() {
        String dispatch = planned("ID", 20, 4_000_000L);

        dispatches.decide(fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER), ApprovalDecision.REFUSE,
                "Two specialists at most.", manager);
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:officer");
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), DispatchFixture.plan("ID", 20, 3_500_000L), officer);
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        dispatches.decide(fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD), ApprovalDecision.REFUSE,
                "Shorten it to two weeks.", head);
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), DispatchFixture.plan("ID", 14, 2_500_000L), officer);

        assertThat(runtime.getVariable(dispatch, DispatchProcess.APPROVAL_LEVEL)).isEqualTo("MANAGER");
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        BpmnAwareTests.assertThat(instance(dispatch)).isWaitingAt(DispatchProcess.TIMER_RETURN_DATE);
        assertThat(timesPassed(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS)).isEqualTo(3);
        assertThat(timesPassed(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER)).isEqualTo(3);
        assertThat(timesPassed(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD)).isEqualTo(1);
    }

    @Test
    void aDestinationAtLevelThreeBlocksTheDispatchUntilTheOfficerChangesThePlan() {
        String dispatch = planned("MM", 7, 1_200_000L);

        String blocked = fixture.task(dispatch, DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK);
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:officer");
        Dispatch blockedDispatch = dispatches.openTask(blocked, DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK, officer).requireDispatch();
        assertThat(blockedDispatch.safetyBlockMessage().in(Locale.ENGLISH)).contains("Myanmar (MM) is at level 3", "cannot go ahead");
        assertThat(blockedDispatch.safetyBlockMessage().in(Locale.JAPANESE))
                .startsWith("渡航安全: ミャンマー（MM）は危険レベル3（渡航中止勧告）のため、派遣を進められません。");
        BpmnAwareTests.assertThat(instance(dispatch)).hasNotPassed(DispatchProcess.TASK_DECIDE_APPROVERS);

        dispatches.resolveSafetyBlock(blocked, SafetyBlockChoice.CHANGE_PLAN, officer);
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), DispatchFixture.plan("ID", 7, 1_200_000L), officer);
        fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER);
    }

    @Test
    void theOfficerMayCancelABlockedDispatch() {
        String dispatch = planned("MM", 7, 1_200_000L);

        String blocked = fixture.task(dispatch, DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK);
        dispatches.resolveSafetyBlock(blocked, SafetyBlockChoice.CANCEL, officer);

        BpmnAwareTests.assertThat(instance(dispatch)).hasPassed("EndEvent_DispatchCancelled").isEnded();
    }

    @Test
    void theMissionReportIsDueOnlyOnceTheReturnDateIsReached() {
        String dispatch = planned("ID", 7, 1_200_000L);
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);

        assertThat(engineTasks.createTaskQuery().processInstanceId(dispatch).count()).isZero();
        assertThat(fixture.returnTimer(dispatch).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2027, 9, 7).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        fixture.fireReturnTimer(dispatch);

        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:officer");
        fixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT);
    }

    @Test
    void thePartnersQuestionGoesToTheOfficerAndTheReportComesBack() {
        String dispatch = reported();

        dispatches.respondToReport(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT), ReportResponse.ASK_QUESTION,
                "How high should the pad be in the dry season?", partner);
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:officer");
        dispatches.answerQuestion(fixture.task(dispatch, DispatchProcess.TASK_ANSWER_QUESTION), "The same: 30 cm.", officer);
        dispatches.respondToReport(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT), ReportResponse.ASK_QUESTION,
                "Who maintains the drains?", partner);
        dispatches.answerQuestion(fixture.task(dispatch, DispatchProcess.TASK_ANSWER_QUESTION), "The cleansing agency.", officer);
        dispatches.respondToReport(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT), ReportResponse.ACKNOWLEDGE, null, partner);

        BpmnAwareTests.assertThat(instance(dispatch)).hasPassed("EndEvent_DispatchCompleted").isEnded();
        assertThat(timesPassed(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT)).isEqualTo(3);
        assertThat(timesPassed(dispatch, DispatchProcess.TASK_ANSWER_QUESTION)).isEqualTo(2);
    }

    @Test
    void eachTaskNamesItsScreen() {
        String dispatch = start();
        BpmnAwareTests.assertThat(fixture.task(dispatch)).hasFormKey(DispatchProcess.FORM_WRITE_TERMS_OF_REFERENCE);
        dispatches.writeTermsOfReference(fixture.task(dispatch).getId(), DispatchFixture.TERMS, officer);
        BpmnAwareTests.assertThat(fixture.task(dispatch)).hasFormKey(DispatchProcess.FORM_SELECT_SPECIALISTS);
        dispatches.planMission(fixture.task(dispatch).getId(), DispatchFixture.plan("ID", 15, 1_000_000L), officer);
        BpmnAwareTests.assertThat(fixture.task(dispatch)).hasFormKey(DispatchProcess.FORM_APPROVE_AS_MANAGER);
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        BpmnAwareTests.assertThat(fixture.task(dispatch)).hasFormKey(DispatchProcess.FORM_APPROVE_AS_HEAD);
    }

    /** The paths above, run again here, pass every flow node and every sequence flow of the model. */
    @Test
    void thePathsTogetherCoverEveryFlowNodeAndSequenceFlow() {
        aShortCheapMissionIsApprovedByTheManagerAloneAndEndsWithTheAcknowledgement();
        aLongMissionNeedsTheHeadAfterTheManager();
        aRefusalByTheManagerOrTheHeadReturnsThePlanToTheOfficer();
        aDestinationAtLevelThreeBlocksTheDispatchUntilTheOfficerChangesThePlan();
        theOfficerMayCancelABlockedDispatch();
        thePartnersQuestionGoesToTheOfficerAndTheReportComesBack();

        BpmnModelInstance model = repository.getBpmnModelInstance(started.values().iterator().next().getProcessDefinitionId());
        Set<String> passedNodes = new HashSet<>();
        Set<String> passedFlows = new HashSet<>();
        for (String instance : started.keySet()) {
            List<String> path = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
            passedNodes.addAll(path);
            // one token at a time in this model: consecutive activities are joined by the flow between them
            for (int i = 1; i < path.size(); i++) {
                passedFlows.add(path.get(i - 1) + "->" + path.get(i));
            }
        }
        assertThat(passedNodes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(passedFlows).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .map(flow -> flow.getSource().getId() + "->" + flow.getTarget().getId()).toList());
    }

    /** A new dispatch, its terms of reference written and the plan sent: waiting after the travel-safety check. */
    private String planned(String country, int days, long costJpy) {
        String dispatch = start();
        assertThat(candidateGroups(fixture.task(dispatch))).containsExactly("KIT:officer");
        dispatches.writeTermsOfReference(fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE), DispatchFixture.TERMS, officer);
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS),
                DispatchFixture.plan(country, days, costJpy), officer);
        return dispatch;
    }

    private String reported() {
        String dispatch = planned("ID", 7, 1_200_000L);
        approve(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER, manager);
        fixture.fireReturnTimer(dispatch);
        report(dispatch);
        return dispatch;
    }

    private void report(String dispatch) {
        dispatches.submitMissionReport(fixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT),
                "Site survey and on-the-job training.", "The site floods in the rainy season.", "Raise the pad by 30 cm.",
                null, null, officer);
    }

    private void approve(String dispatch, String taskKey, CityCoopUser approver) {
        dispatches.decide(fixture.task(dispatch, taskKey), ApprovalDecision.APPROVE, null, approver);
    }

    private String start() {
        ProcessInstance instance = fixture.start(fixture.project("Process test: dispatch"));
        started.put(instance.getId(), instance);
        return instance.getId();
    }

    private ProcessInstance instance(String id) {
        return started.get(id);
    }

    private long timesPassed(String instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(activityId).finished().count();
    }

    private List<String> candidateGroups(org.camunda.bpm.engine.task.Task task) {
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }
}

package org.citycoop.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code FeasibilityStudyProcess} on the real engine and PostgreSQL: accepted at
 * the first review, and returned for revision (the loop) then accepted; plus the organisation
 * scoping and due dates of its tasks, and a coverage check that the paths together pass every
 * flow node and every sequence flow of the model. Bare instances of a made-up lead organisation
 * keep the demo users' inboxes clean; the service test drives the same model with real projects.
 */
@CityCoopTest
class FeasibilityStudyProcessTest {

    private static final String LEAD = "PROCESSTEST";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aStudyAcceptedAtTheFirstReviewPassesEachStepOnce() {
        ProcessInstance study = start();

        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_DEFINE_SCOPE);
        complete(task(study));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_CONDUCT_SURVEY);
        complete(task(study));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_UPLOAD_REPORT);
        complete(task(study));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_REVIEW_STUDY);
        complete(task(study), withVariables(FeasibilityProcess.REVIEW_DECISION, "ACCEPT"));

        BpmnAwareTests.assertThat(study).hasPassedInOrder("StartEvent_FeasibilityStudyRequested",
                FeasibilityProcess.TASK_DEFINE_SCOPE, FeasibilityProcess.TASK_CONDUCT_SURVEY, "Gateway_JoinStudyReport",
                FeasibilityProcess.TASK_UPLOAD_REPORT, FeasibilityProcess.TASK_REVIEW_STUDY, "Gateway_StudyAccepted",
                "EndEvent_FeasibilityStudyAccepted").isEnded();
        assertThat(timesPassed(study, FeasibilityProcess.TASK_UPLOAD_REPORT)).isEqualTo(1);
    }

    @Test
    void aRevisionGoesBackToTheOfficersReportAndToReviewAgain() {
        ProcessInstance study = startAtReview();

        complete(task(study), withVariables(FeasibilityProcess.REVIEW_DECISION, "REVISE"));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_UPLOAD_REPORT);
        assertThat(candidateGroups(task(study))).containsExactly(LEAD + ":officer");

        complete(task(study));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_REVIEW_STUDY);
        complete(task(study), withVariables(FeasibilityProcess.REVIEW_DECISION, "REVISE"));
        complete(task(study));
        complete(task(study), withVariables(FeasibilityProcess.REVIEW_DECISION, "ACCEPT"));

        BpmnAwareTests.assertThat(study).hasPassed("EndEvent_FeasibilityStudyAccepted").isEnded();
        assertThat(timesPassed(study, FeasibilityProcess.TASK_UPLOAD_REPORT)).isEqualTo(3);
        assertThat(timesPassed(study, FeasibilityProcess.TASK_REVIEW_STUDY)).isEqualTo(3);
    }

    @Test
    void theOfficerDoesTheStudyAndAManagerOfTheLeadReviewsIt() {
        ProcessInstance study = start();

        assertThat(candidateGroups(task(study))).containsExactly(LEAD + ":officer");
        complete(task(study));
        assertThat(candidateGroups(task(study))).containsExactly(LEAD + ":officer");
        complete(task(study));
        assertThat(candidateGroups(task(study))).containsExactly(LEAD + ":officer");
        complete(task(study));
        assertThat(candidateGroups(task(study))).containsExactly(LEAD + ":manager");
    }

    @Test
    void eachTaskIsDueAfterTheDaysOfTheReferenceTable() {
        // task_due_period rows of db/migration V4
        ProcessInstance study = start();
        assertDueAfterDays(task(study), 30);
        complete(task(study));
        assertDueAfterDays(task(study), 90);
        complete(task(study));
        assertDueAfterDays(task(study), 60);
        complete(task(study));
        assertDueAfterDays(task(study), 14);
    }

    @Test
    void theModelsTasksNameTheirScreens() {
        ProcessInstance study = start();

        BpmnAwareTests.assertThat(task(study)).hasFormKey(FeasibilityProcess.FORM_DEFINE_SCOPE);
        complete(task(study));
        BpmnAwareTests.assertThat(task(study)).hasFormKey(FeasibilityProcess.FORM_CONDUCT_SURVEY);
        complete(task(study));
        BpmnAwareTests.assertThat(task(study)).hasFormKey(FeasibilityProcess.FORM_UPLOAD_REPORT);
        complete(task(study));
        BpmnAwareTests.assertThat(task(study)).hasFormKey(FeasibilityProcess.FORM_REVIEW_STUDY);
    }

    @Test
    void aStudyWithoutItsLeadOrganisationCannotCreateATaskNobodySees() {
        String code = "TEST-" + UUID.randomUUID();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(FeasibilityProcess.PROCESS_KEY, code, Map.of()))
                .hasMessageContaining("leadOrganisation");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    /** Accept once, revise then accept once: together they pass every flow node and sequence flow of the model. */
    @Test
    void thePathsTogetherCoverEveryFlowNodeAndSequenceFlow() {
        ProcessInstance accepted = startAtReview();
        complete(task(accepted), withVariables(FeasibilityProcess.REVIEW_DECISION, "ACCEPT"));
        ProcessInstance revised = startAtReview();
        complete(task(revised), withVariables(FeasibilityProcess.REVIEW_DECISION, "REVISE"));
        complete(task(revised));
        complete(task(revised), withVariables(FeasibilityProcess.REVIEW_DECISION, "ACCEPT"));

        BpmnModelInstance model = repository.getBpmnModelInstance(accepted.getProcessDefinitionId());
        Set<String> passedNodes = new HashSet<>();
        Set<String> passedFlows = new HashSet<>();
        for (ProcessInstance instance : List.of(accepted, revised)) {
            List<String> path = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
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

    private ProcessInstance start() {
        return runtime.startProcessInstanceByKey(FeasibilityProcess.PROCESS_KEY, "TEST-" + UUID.randomUUID(),
                Map.of("leadOrganisation", LEAD, "partnerOrganisation", "SBY"));
    }

    private ProcessInstance startAtReview() {
        ProcessInstance study = start();
        complete(task(study));
        complete(task(study));
        complete(task(study));
        BpmnAwareTests.assertThat(study).isWaitingAt(FeasibilityProcess.TASK_REVIEW_STUDY);
        return study;
    }

    private long timesPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private static void assertDueAfterDays(Task task, int days) {
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .as(task.getTaskDefinitionKey())
                .isBetween(Duration.ofDays(days).minusMinutes(1), Duration.ofDays(days).plusMinutes(1));
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the first slice of {@code CooperationProjectProcess}, on the real engine and
 * PostgreSQL: approve, return for revision then approve, and reject; plus the organisation
 * scoping and due dates that every user task gets when it is created.
 */
@CityCoopTest
class CooperationProjectProcessTest {

    /** Organisations of their own, so these bare process instances stay out of the demo users' inboxes. */
    private static final String LEAD = "PROCESSTEST";
    private static final String PARTNER = "PROCESSTESTPARTNER";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void anApprovedProposalOfAMunicipalityGoesToThePartnersAgreement() {
        ProcessInstance project = start();
        BpmnAwareTests.assertThat(project).isWaitingAt(ProjectProcess.TASK_SCREEN_PROPOSAL);

        complete(task(project), withVariables(ProjectProcess.SCREENING_DECISION, "APPROVE"));

        BpmnAwareTests.assertThat(project).hasPassedInOrder("StartEvent_ProjectProposed", ProjectProcess.TASK_SCREEN_PROPOSAL,
                "Gateway_LeadIsCooperative").isWaitingAt(ProjectProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(candidateGroups(task(project))).containsExactly(PARTNER + ":partner");
    }

    @Test
    void returnedProposalGoesToTheOfficerAndBackToScreening() {
        ProcessInstance project = start();
        complete(task(project), withVariables(ProjectProcess.SCREENING_DECISION, "RETURN"));

        BpmnAwareTests.assertThat(project).isWaitingAt(ProjectProcess.TASK_REVISE_PROPOSAL);
        assertThat(candidateGroups(task(project))).containsExactly(LEAD + ":officer");

        complete(task(project));
        BpmnAwareTests.assertThat(project).isWaitingAt(ProjectProcess.TASK_SCREEN_PROPOSAL);
        complete(task(project), withVariables(ProjectProcess.SCREENING_DECISION, "APPROVE"));
        BpmnAwareTests.assertThat(project).hasPassed(ProjectProcess.TASK_REVISE_PROPOSAL).isWaitingAt(ProjectProcess.TASK_CONFIRM_AGREEMENT);
    }

    @Test
    void rejectedProposalEndsAsRejected() {
        ProcessInstance project = start();
        complete(task(project), withVariables(ProjectProcess.SCREENING_DECISION, "REJECT"));

        BpmnAwareTests.assertThat(project).hasPassed("EndEvent_ProposalRejected").hasNotPassed("Gateway_LeadIsCooperative").isEnded();
    }

    @Test
    void screeningIsForTheManagersOfTheLeadOrganisationOnly() {
        Task screening = task(start());

        assertThat(candidateGroups(screening)).containsExactly(LEAD + ":manager");
    }

    @Test
    void screeningIsDueAfterTheDaysOfTheReferenceTable() {
        Task screening = task(start());

        // task_due_period holds 14 days for Task_ScreenProposal (db/migration V2)
        assertThat(Duration.between(screening.getCreateTime().toInstant(), screening.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14).plusMinutes(1));
    }

    @Test
    void aProcessWithoutItsLeadOrganisationCannotCreateATaskNobodySees() {
        String code = "TEST-" + UUID.randomUUID();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProjectProcess.PROCESS_KEY, code, Map.of()))
                .hasMessageContaining("leadOrganisation");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    private ProcessInstance start() {
        return runtime.startProcessInstanceByKey(ProjectProcess.PROCESS_KEY, "TEST-" + UUID.randomUUID(),
                Map.of("leadOrganisation", LEAD, "partnerOrganisation", PARTNER, ProjectProcess.LEAD_IS_COOPERATIVE, false));
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }
}

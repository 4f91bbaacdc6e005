package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * Every path of {@code FundingApplicationProcess} on the real engine and PostgreSQL: ineligible
 * then eligible, returned by the manager, incomplete at submission, approved with its agreement,
 * rejected, revised in time, and lapsed when the revision deadline passes (its timer job
 * executed). The steps that carry business data (scheme, draft) go through {@link FundingService},
 * because the eligibility decision and the submission read the domain tables; the routing steps
 * complete the tasks with their flags. A last test checks that the paths together pass every
 * flow node and sequence flow of the model.
 */
@CityCoopTest
class FundingApplicationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired FundingService funding;
    @Autowired FundingFixtures fixtures;

    /** The instances this class ran, for the coverage count. */
    private final List<String> codes = new ArrayList<>();

    @BeforeEach
    void useSpringEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void anIneligibleChoiceGoesBackToTheOfficerWithEveryReasonThenAnEligibleOneToTheDraft() {
        String code = fixtures.projectApplyingForFunding();
        assertThat(groupsOf(fixtures.task(code))).containsExactly("KIT:officer");

        // MoE JCM study: a single fiscal year and ¥20,000,000 at most
        fixtures.chooseScheme(code, FundingFixtures.MOEJ, 25_000_000L, 24);

        BpmnAwareTests.assertThat(fixtures.instance(code)).hasPassed(FundingProcess.TASK_CHECK_ELIGIBILITY, "Gateway_Eligible")
                .isWaitingAt(FundingProcess.TASK_CHOOSE_SCHEME);
        FundingTask again = funding.openTask(fixtures.task(code).getId(), FundingProcess.TASK_CHOOSE_SCHEME, fixtures.officer());
        assertThat(again.requireApplication().status()).isEqualTo(FundingApplicationStatus.INELIGIBLE);
        assertThat(again.requireApplication().eligibilityReasons()).extracting(EligibilityReason::field)
                .containsExactly("durationMonths", "requestedAmountJpy");

        fixtures.chooseScheme(code, FundingFixtures.JICA, 24_000_000L, 24);

        BpmnAwareTests.assertThat(fixtures.instance(code)).isWaitingAt(FundingProcess.TASK_DRAFT_APPLICATION);
        assertThat(groupsOf(fixtures.task(code))).containsExactly("KIT:officer");
        assertThat(timesPassed(code, FundingProcess.TASK_CHECK_ELIGIBILITY)).isEqualTo(2);
        assertThat(funding.openTask(fixtures.task(code).getId(), FundingProcess.TASK_DRAFT_APPLICATION, fixtures.officer())
                .requireApplication().eligibilityReasons()).isEmpty();
        codes.add(code);
    }

    @Test
    void aReturnedApplicationGoesBackToTheDraftAndAnApprovedOneToTheAgencysReviewers() {
        String code = fixtures.projectApplyingForFunding();
        fixtures.chooseScheme(code, FundingFixtures.JICA, 24_000_000L, 24);
        fixtures.submitDraft(code, FundingFixtures.jicaDraft());
        assertThat(groupsOf(fixtures.task(code))).containsExactly("KIT:manager");

        complete(fixtures.task(code), withVariables(FundingProcess.INTERNAL_APPROVAL, "RETURN"));
        BpmnAwareTests.assertThat(fixtures.instance(code)).isWaitingAt(FundingProcess.TASK_DRAFT_APPLICATION);

        fixtures.submitDraft(code, FundingFixtures.jicaDraft());
        complete(fixtures.task(code), withVariables(FundingProcess.INTERNAL_APPROVAL, "APPROVE"));
        fixtures.runSubmission(code);

        BpmnAwareTests.assertThat(fixtures.instance(code)).hasPassed(FundingProcess.TASK_SUBMIT_APPLICATION)
                .isWaitingAt(FundingProcess.TASK_SCREEN_APPLICATION);
        // fundingAgency was set with the scheme: the reviewers of JICA, not of the lead city
        assertThat(groupsOf(fixtures.task(code))).containsExactly("JICA:reviewer");
        assertThat(timesPassed(code, FundingProcess.TASK_DRAFT_APPLICATION)).isEqualTo(2);
        codes.add(code);
    }

    @Test
    void anApplicationThatCannotBeSubmittedGoesBackToTheDraftWithTheProblem() {
        String code = fixtures.projectApplyingForFunding();
        fixtures.chooseScheme(code, FundingFixtures.JICA, 24_000_000L, 24);
        // the draft task completed without a draft: nothing to submit
        complete(fixtures.task(code));
        complete(fixtures.task(code), withVariables(FundingProcess.INTERNAL_APPROVAL, "APPROVE"));
        fixtures.runSubmission(code);

        BpmnAwareTests.assertThat(fixtures.instance(code)).hasPassed("BoundaryEvent_ApplicationIncomplete")
                .isWaitingAt(FundingProcess.TASK_DRAFT_APPLICATION);
        FundingApplication application = funding.openTask(fixtures.task(code).getId(), FundingProcess.TASK_DRAFT_APPLICATION,
                fixtures.officer()).requireApplication();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.DRAFTING);
        assertThat(application.submissionProblemMessage()).get().extracting(problem -> problem.in(Locale.ENGLISH)).asString()
                .contains("complete the draft");
        assertThat(application.submissionProblemMessage()).get().extracting(problem -> problem.in(Locale.JAPANESE)).asString()
                .contains("下書きを完成させてください");
        assertThat(application.submissionCount()).isZero();
        codes.add(code);
    }

    @Test
    void anApprovedApplicationEndsWithItsAgreementAsApproved() {
        String code = atDecision();

        decide(code, "APPROVE", "APPROVED");
        BpmnAwareTests.assertThat(fixtures.instance(code)).isWaitingAt(FundingProcess.TASK_RECORD_AGREEMENT);
        assertThat(groupsOf(fixtures.task(code))).containsExactly("KIT:officer");
        complete(fixtures.task(code));

        assertThat(ended(code).getEndActivityId()).isEqualTo("EndEvent_FundingApproved");
        assertThat(fixtures.finalVariable(code, FundingProcess.FUNDING_OUTCOME)).isEqualTo("APPROVED");
        codes.add(code);
    }

    @Test
    void aRejectedApplicationEndsAsRejected() {
        String code = atDecision();

        decide(code, "REJECT", "REJECTED");

        assertThat(ended(code).getEndActivityId()).isEqualTo("EndEvent_FundingRejected");
        assertThat(fixtures.finalVariable(code, FundingProcess.FUNDING_OUTCOME)).isEqualTo("REJECTED");
        codes.add(code);
    }

    @Test
    void aRevisionResubmittedBeforeTheDeadlineIsScreenedAgain() {
        String code = atDecision();
        Date deadline = Date.from(FundingFixtures.inDays(31).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());

        complete(fixtures.task(code), withVariables(FundingProcess.FUNDING_DECISION, "REVISE", FundingProcess.REVISION_DEADLINE, deadline));

        Task revision = fixtures.task(code);
        assertThat(revision.getTaskDefinitionKey()).isEqualTo(FundingProcess.TASK_REVISE_APPLICATION);
        assertThat(groupsOf(revision)).containsExactly("KIT:officer");
        assertThat(revision.getDueDate()).isEqualTo(deadline);
        assertThat(fixtures.revisionTimer(code).getDuedate()).isEqualTo(deadline);

        complete(revision);
        fixtures.runSubmission(code);

        BpmnAwareTests.assertThat(fixtures.instance(code)).isWaitingAt(FundingProcess.TASK_SCREEN_APPLICATION);
        assertThat(fixtures.revisionTimer(code)).isNull();
        assertThat(timesPassed(code, FundingProcess.TASK_SUBMIT_APPLICATION)).isEqualTo(2);
        codes.add(code);
    }

    @Test
    void aRevisionNotResubmittedByTheDeadlineLapses() {
        String code = atDecision();
        Date deadline = Date.from(FundingFixtures.inDays(15).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        complete(fixtures.task(code), withVariables(FundingProcess.FUNDING_DECISION, "REVISE", FundingProcess.REVISION_DEADLINE, deadline));

        fixtures.passRevisionDeadline(code);

        HistoricProcessInstance lapsed = ended(code);
        assertThat(lapsed.getEndActivityId()).isEqualTo("EndEvent_FundingLapsed");
        assertThat(fixtures.finalVariable(code, FundingProcess.FUNDING_OUTCOME)).isEqualTo("LAPSED");
        assertThat(funding.applicationsOf(code, fixtures.officer())).singleElement()
                .extracting(FundingApplicationSummary::status).isEqualTo(FundingApplicationStatus.LAPSED);
        assertThat(passed(code)).contains(FundingProcess.TASK_REVISE_APPLICATION, FundingProcess.TIMER_REVISION_DEADLINE,
                "Task_RecordFundingLapse");
        codes.add(code);
    }

    @Test
    void eachTaskIsDueAfterTheDaysOfTheReferenceTableAndNamesItsScreen() {
        // task_due_period rows of db/migration V5
        String code = fixtures.projectApplyingForFunding();
        assertDue(fixtures.task(code), 14, FundingProcess.FORM_CHOOSE_SCHEME);
        fixtures.chooseScheme(code, FundingFixtures.JICA, 24_000_000L, 24);
        assertDue(fixtures.task(code), 30, FundingProcess.FORM_DRAFT_APPLICATION);
        fixtures.submitDraft(code, FundingFixtures.jicaDraft());
        assertDue(fixtures.task(code), 14, FundingProcess.FORM_APPROVE_APPLICATION);
        complete(fixtures.task(code), withVariables(FundingProcess.INTERNAL_APPROVAL, "APPROVE"));
        fixtures.runSubmission(code);
        assertDue(fixtures.task(code), 30, FundingProcess.FORM_SCREEN_APPLICATION);
        complete(fixtures.task(code));
        assertDue(fixtures.task(code), 14, FundingProcess.FORM_DECIDE_APPLICATION);
        decide(code, "APPROVE", "APPROVED");
        assertDue(fixtures.task(code), 30, FundingProcess.FORM_RECORD_AGREEMENT);
    }

    /** Runs each path once more and counts what their instances passed, against every element of the model. */
    @Test
    void thePathsTogetherCoverEveryFlowNodeAndSequenceFlow() {
        anIneligibleChoiceGoesBackToTheOfficerWithEveryReasonThenAnEligibleOneToTheDraft();
        aReturnedApplicationGoesBackToTheDraftAndAnApprovedOneToTheAgencysReviewers();
        anApplicationThatCannotBeSubmittedGoesBackToTheDraftWithTheProblem();
        anApprovedApplicationEndsWithItsAgreementAsApproved();
        aRejectedApplicationEndsAsRejected();
        aRevisionResubmittedBeforeTheDeadlineIsScreenedAgain();
        aRevisionNotResubmittedByTheDeadlineLapses();

        BpmnModelInstance model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(FundingProcess.PROCESS_KEY).latestVersion().singleResult().getId());
        Set<String> passedNodes = new HashSet<>();
        Set<String> passedFlows = new HashSet<>();
        for (String code : codes) {
            List<String> path = passed(code);
            passedNodes.addAll(path);
            // one token at a time in this model: consecutive activities are joined by the flow between them
            for (int i = 1; i < path.size(); i++) {
                passedFlows.add(path.get(i - 1) + "->" + path.get(i));
            }
        }
        List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
        List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                .map(flow -> flow.getSource().getId() + "->" + flow.getTarget().getId()).toList();
        assertThat(passedNodes).containsAll(nodes);
        assertThat(passedFlows).containsAll(flows);
        System.out.printf("FundingApplicationProcess coverage: %d/%d flow nodes, %d/%d sequence flows%n",
                nodes.stream().filter(passedNodes::contains).count(), nodes.size(),
                flows.stream().filter(passedFlows::contains).count(), flows.size());
    }

    /** An eligible JICA application, screened, waiting for the agency's decision. */
    private String atDecision() {
        String code = fixtures.applicationAtScreening();
        complete(fixtures.task(code));
        BpmnAwareTests.assertThat(fixtures.instance(code)).isWaitingAt(FundingProcess.TASK_DECIDE_APPLICATION);
        assertThat(groupsOf(fixtures.task(code))).containsExactly("JICA:reviewer");
        return code;
    }

    private void decide(String code, String decision, String outcome) {
        complete(fixtures.task(code), withVariables(FundingProcess.FUNDING_DECISION, decision, FundingProcess.FUNDING_OUTCOME, outcome));
    }

    private HistoricProcessInstance ended(String code) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.PROCESS_KEY).singleResult();
        assertThat(instance.getEndTime()).as("ended").isNotNull();
        return instance;
    }

    private List<String> passed(String code) {
        String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.PROCESS_KEY).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).orderPartiallyByOccurrence().asc()
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private long timesPassed(String code, String activityId) {
        return passed(code).stream().filter(activityId::equals).count();
    }

    private List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private void assertDue(Task task, int days, String formKey) {
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .as(task.getTaskDefinitionKey())
                .isBetween(Duration.ofDays(days).minusMinutes(1), Duration.ofDays(days).plusMinutes(1));
        BpmnAwareTests.assertThat(task).hasFormKey(formKey);
    }
}

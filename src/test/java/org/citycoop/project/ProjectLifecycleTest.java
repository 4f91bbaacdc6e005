package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.security.CityCoopUser;
import org.citycoop.training.TrainingFixture;
import org.citycoop.training.TrainingProcess;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The main model after screening, segment by segment, with the real services and PostgreSQL:
 * member consent (answers, reminder, abstention, both outcomes), the agreement and its renewal
 * timer, go/no-go, the way on after a funding rejection, implementation to closure, suspension
 * and cancellation. Segments behind a building block are started just before their first
 * element ({@code startBeforeActivity}), so each path is tested once, here, and the building
 * blocks in their own tests.
 */
@CityCoopTest
class ProjectLifecycleTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired ImplementationService implementation;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;
    @Autowired ProjectProcessFixture process;
    @Autowired FollowUpFixtures followUp;
    @Autowired DispatchFixture dispatches;
    @Autowired TrainingFixture training;

    private CityCoopUser officer;
    private CityCoopUser manager;
    private CityCoopUser partner;

    @BeforeEach
    void kitakyushuAndSurabaya() {
        BpmnAwareTests.init(engine);
        officer = users.get("kitakyushu.officer");
        manager = users.get("kitakyushu.manager");
        partner = users.get("surabaya.partner");
    }

    @Test
    void anApprovedMunicipalProjectGoesStraightToThePartnersAgreement() {
        Project project = projects.propose(TestProposals.of("Agreement " + UUID.randomUUID(), "SBY"), officer);
        projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", manager);

        Task agreement = process.onlyTask(project);
        assertThat(agreement.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(groupsOf(agreement)).containsExactly("SBY:partner");
        assertThat(passed(project)).doesNotContain("SubProcess_MemberConsent");
    }

    @Test
    void aCooperativeAsksEveryMemberRemindsAfter14DaysAndCountsSilenceAfter28DaysAsAbstention() {
        Project project = cooperativeProjectAtConsent();
        assertThat(process.openTasks(project)).hasSize(23)
                .allSatisfy(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_GIVE_CONSENT));
        assertThat(process.openTasks(project)).extracting(task -> groupsOf(task).get(0)).contains("ARAKAWAKU:member-delegate");

        answer(project, "arakawa.delegate", ConsentAnswer.CONSENT, null);
        answer(project, "setagaya.delegate", ConsentAnswer.CONSENT, null);
        answer(project, "edogawa.delegate", ConsentAnswer.REFUSE, "The ward's budget for next year is already committed.");
        process.executeTimers(project, "Timer_ConsentReminderAfter14Days");
        assertThat(process.openTasks(project)).hasSize(20);
        process.executeTimers(project, "Timer_AbstainAfter28Days");

        // MAJORITY rule of CAT23: 2 consents > 1 refusal, 20 abstentions count for neither
        Task agreement = process.onlyTask(project);
        assertThat(agreement.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(passed(project)).contains("Task_RemindMemberDelegate", "Task_RecordAbstention", "Task_DecideMemberConsent");
    }

    @Test
    void refusedConsentEndsTheProjectWithItsReasons() {
        Project project = cooperativeProjectAtConsent();
        answer(project, "arakawa.delegate", ConsentAnswer.REFUSE, "No staff for overseas missions this year.");
        process.executeTimers(project, "Timer_AbstainAfter28Days");

        assertThat(projects.require(project.code(), users.get("cat23.manager")).status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(passed(project)).contains("EndEvent_ConsentRefused");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).count()).isZero();
    }

    @Test
    void aRefusalWithoutReasonIsRefusedAndChangesNothing() {
        Project project = cooperativeProjectAtConsent();
        CityCoopUser delegate = users.get("arakawa.delegate");
        String taskId = process.taskOfGroup(project, "ARAKAWAKU:member-delegate").getId();

        assertThatThrownBy(() -> lifecycle.giveConsent(taskId, ConsentAnswer.REFUSE, " ", delegate))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("reason"));
        assertThat(process.openTasks(project)).hasSize(23);
    }

    @Test
    void thePartnerConfirmsTheAgreementAndTheOfficerIsAskedToRenewBeforeItExpires() {
        Project project = startAt("Task_ConfirmAgreement", Map.of(ProjectProcess.FEASIBILITY_STUDY_NEEDED, true));
        LocalDate signed = LocalDate.of(2027, 5, 1);
        assertThatThrownBy(() -> lifecycle.confirmAgreement(process.onlyTask(project).getId(),
                new AgreementInput("Mayor of Kitakyushu", "Mayor of Surabaya", signed, signed.minusDays(1), null, null), partner))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("expiresOn"));

        lifecycle.confirmAgreement(process.onlyTask(project).getId(),
                new AgreementInput("Mayor of Kitakyushu", "Mayor of Surabaya", signed, signed.plusYears(3), null, null), partner);

        Job renewal = management.createJobQuery().processInstanceId(process.mainInstance(project)).activityId("Timer_AgreementRenewalReminder").singleResult();
        assertThat(renewal.getDuedate()).isEqualTo(Date.from(signed.plusYears(3).minusDays(90).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()));
        management.executeJob(renewal.getId());
        Task renew = process.taskWithKey(project, ProjectProcess.TASK_RENEW_AGREEMENT);
        lifecycle.renewAgreement(renew.getId(), signed.plusYears(6), officer);
        assertThat(passed(project)).contains("EndEvent_AgreementRenewed");
    }

    @Test
    void noGoAfterTheStudyCancelsTheProject() {
        Project project = startAt("Task_DecideGoNoGo", runVariables());
        assertThatThrownBy(() -> lifecycle.decideGoNoGo(process.onlyTask(project).getId(), false, "", manager))
                .isInstanceOf(InvalidInputException.class);

        lifecycle.decideGoNoGo(process.onlyTask(project).getId(), false, "The plant site is not available.", manager);

        assertThat(passed(project)).contains("EndEvent_StoppedAfterStudy", "EndEvent_ProjectCancelled");
        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.CANCELLED);
    }

    @Test
    void afterARejectionTheOfficerMayContinueOnOwnBudgetWhenTheManagerApproves() {
        Project project = startAt("Task_ChooseWayAfterRejection", runVariables());
        lifecycle.chooseWayOn(process.onlyTask(project).getId(), WayOn.OWN_BUDGET, "Covered by the city's climate budget.", officer);
        lifecycle.approveOwnBudget(process.onlyTask(project).getId(), true, null, manager);

        assertThat(process.onlyTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_PLAN_IMPLEMENTATION);
    }

    @Test
    void afterARejectionARefusedOwnBudgetOrACancelEndsTheProject() {
        Project refused = startAt("Task_ChooseWayAfterRejection", runVariables());
        lifecycle.chooseWayOn(process.onlyTask(refused).getId(), WayOn.OWN_BUDGET, null, officer);
        lifecycle.approveOwnBudget(process.onlyTask(refused).getId(), false, "No budget this fiscal year.", manager);
        Project cancelled = startAt("Task_ChooseWayAfterRejection", runVariables());
        lifecycle.chooseWayOn(process.onlyTask(cancelled).getId(), WayOn.CANCEL, "Partner priorities changed.", officer);

        for (Project project : List.of(refused, cancelled)) {
            assertThat(passed(project)).contains("EndEvent_CancelledAfterFunding", "EndEvent_ProjectCancelled");
            assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.CANCELLED);
        }
    }

    @Test
    void approvedFundingLeadsToThePlanAndARejectionRevisedForTheNextCallAppliesAgain() {
        Project approved = startAt("CallActivity_FundingApplication", runVariables());
        endFundingBlock(approved, "APPROVED", "EndEvent_FundingApproved");
        assertThat(process.onlyTask(approved).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_PLAN_IMPLEMENTATION);

        Project rejected = startAt("CallActivity_FundingApplication", runVariables());
        endFundingBlock(rejected, "REJECTED", "EndEvent_FundingRejected");
        lifecycle.chooseWayOn(process.onlyTask(rejected).getId(), WayOn.REVISE, "Apply again in the next JICA call.", officer);

        assertThat(process.onlyTask(rejected).getTaskDefinitionKey()).isEqualTo("Task_ChooseFundingScheme");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(rejected.code())
                .processDefinitionKey("FundingApplicationProcess").count()).isEqualTo(2);
    }

    @Test
    void implementationRunsEveryPlannedItemThenActionPlanFollowUpReportAndEvaluationCloseTheProject() {
        Project project = startAt("Task_PlanImplementation", runVariables());
        implementation.plan(process.onlyTask(project).getId(), List.of(
                new PlannedItem(PlannedItem.ItemKind.TRAINING, "Composting training in Kitakyushu", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 14)),
                new PlannedItem(PlannedItem.ItemKind.DISPATCH, "Compost centre set-up mission", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 10)),
                new PlannedItem(PlannedItem.ItemKind.DISPATCH, "Follow-up mission", LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 15))), officer);
        assertThat(projects.require(project.code(), officer).status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
                TrainingProcess.TASK_DESIGN_CURRICULUM, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE,
                DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);

        training.runToEnd(project.code());
        for (Task item : process.openTasks(project)) {
            dispatches.runToAcknowledgement(item.getProcessInstanceId());
        }
        implementation.submitActionPlan(process.onlyTask(project).getId(), FollowUpFixtures.actionPlan(), partner);
        followUp.runOneRound(project);
        assertThat(projects.require(project.code(), officer).status()).isEqualTo(ProjectStatus.FINALISATION);
        implementation.writeCompletionReport(process.onlyTask(project).getId(), "Composting in 12 districts.", "Start with markets.", officer);
        implementation.evaluate(process.onlyTask(project).getId(), Arrays.stream(DacCriterion.values())
                .map(criterion -> new Evaluation(criterion, "B", "Good, see the completion report.")).toList(), manager);

        assertThat(projects.require(project.code(), officer).status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(passed(project)).contains("EndEvent_ProjectClosed");
    }

    @Test
    void aPlanWithABadRowOrAnIncompleteEvaluationIsRefused() {
        Project project = startAt("Task_PlanImplementation", runVariables());
        assertThatThrownBy(() -> implementation.plan(process.onlyTask(project).getId(), List.of(
                new PlannedItem(PlannedItem.ItemKind.TRAINING, "Training", LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 1))), officer))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("items[0].plannedEnd"));
        assertThat(process.onlyTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_PLAN_IMPLEMENTATION);

        Project evaluated = startAt("Task_EvaluateProject", runVariables());
        assertThatThrownBy(() -> implementation.evaluate(process.onlyTask(evaluated).getId(),
                List.of(new Evaluation(DacCriterion.RELEVANCE, "E", "")), manager))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .contains("relevance.rating", "relevance.comment", "coherence.rating", "sustainability.rating"));
    }

    @Test
    void aSuspendedProjectCannotMoveUntilResumedAndCanBeCancelled() {
        Project project = startAt("Task_PlanImplementation", runVariables());
        String taskId = process.onlyTask(project).getId();

        lifecycle.suspend(project.code(), "Change of mayor: council reviews overseas projects.", manager);
        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.SUSPENDED);
        assertThat(lifecycle.suspensionReason(project.code(), officer)).contains("Change of mayor: council reviews overseas projects.");
        assertThatThrownBy(() -> implementation.plan(taskId, List.of(new PlannedItem(PlannedItem.ItemKind.TRAINING, "Training",
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 14))), officer)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(workflow.inbox(Inbox.GROUP_TASKS, Actor.of(officer), 0, 500)).extracting(WorkTask::id).doesNotContain(taskId);
        assertThat(process.onlyTask(project).getId()).isEqualTo(taskId);

        lifecycle.resume(project.code(), manager);
        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.PIPELINE);
        assertThat(workflow.requireTask(taskId, Actor.of(officer)).taskDefinitionKey()).isEqualTo("Task_PlanImplementation");

        assertThatThrownBy(() -> lifecycle.suspend(project.code(), "x", users.get("yokohama.manager")))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> lifecycle.suspend(project.code(), "x", officer))
                .isInstanceOf(AccessDeniedException.class);

        lifecycle.cancel(project.code(), "Council decided to stop.", manager);
        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).count()).isZero();
    }

    @Test
    void aProposalNotYetApprovedIsReturnedOrRejectedNotSuspended() {
        Project project = projects.propose(TestProposals.of("Unscreened " + UUID.randomUUID(), "SBY"), officer);

        assertThatThrownBy(() -> lifecycle.suspend(project.code(), "Council elections", manager))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("status"));
        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.PIPELINE);
        assertThat(workflow.isActive(project.code())).isTrue();
    }

    // --- helpers

    private Project cooperativeProjectAtConsent() {
        CityCoopUser cat23Officer = users.get("cat23.officer");
        CityCoopUser cat23Manager = users.get("cat23.manager");
        Project project = projects.propose(TestProposals.of("Consent " + UUID.randomUUID(), "KUL"), cat23Officer);
        projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", cat23Manager);
        return project;
    }

    private void answer(Project project, String delegate, ConsentAnswer answer, String reason) {
        CityCoopUser user = users.get(delegate);
        lifecycle.giveConsent(process.taskOfGroup(project, user.organisationCode() + ":member-delegate").getId(), answer, reason, user);
    }

    /** A Kitakyushu project with its process started just before {@code activityId}. */
    private Project startAt(String activityId, Map<String, Object> extra) {
        Project project = projects.propose(TestProposals.of("Lifecycle " + UUID.randomUUID(), "SBY"), officer);
        projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", manager);
        process.startAt(project, activityId, extra);
        return project;
    }

    private static Map<String, Object> runVariables() {
        return Map.of(ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT, Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()));
    }

    /**
     * Ends the project's funding building block at one of its end events with that outcome, as its
     * own tests drive it through every path; here only what the main process does next matters.
     */
    private void endFundingBlock(Project project, String outcome, String endEvent) {
        String funding = runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code())
                .processDefinitionKey("FundingApplicationProcess").singleResult().getId();
        runtime.setVariable(funding, ProjectProcess.FUNDING_OUTCOME, outcome);
        runtime.createProcessInstanceModification(funding).cancelAllForActivity("Task_ChooseFundingScheme")
                .startBeforeActivity(endEvent).execute();
    }

    private List<String> groupsOf(Task task) {
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
                .filter(Objects::nonNull).toList();
    }

    /** Every element the project's process instances have passed, building blocks included. */
    private List<String> passed(Project project) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(project.code()).list().stream()
                .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream())
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}

package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.faults.SimultaneousCalls.Call;
import org.citycoop.faults.SimultaneousCalls.Outcome;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskChangedMeanwhileException;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault 2: the parallel branches of the member consent of the Clean Authority of Tokyo (a
 * multi-instance subprocess, one branch per member ward) join: the last two wards answer at the
 * same instant. Exactly one token leaves the join: the consent rule is applied once and one
 * agreement task follows; no answer is lost.
 */
@CityCoopTest
class ParallelJoinTest {

    private static final Set<String> LAST_TWO = Set.of("SETAGAYAKU:member-delegate", "EDOGAWAKU:member-delegate");

    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired WorkflowService workflow;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    @RepeatedTest(3)
    void theLastTwoWardsAnsweringAtOnceJoinIntoOneConsentDecisionAndOneAgreementTask() {
        Project project = consentAwaitingTheLastTwoWards();

        List<Outcome> outcomes = SimultaneousCalls.run(
                new Call("setagaya.delegate", () -> consent(project, users.get("setagaya.delegate"))),
                new Call("edogawa.delegate", () -> consent(project, users.get("edogawa.delegate"))));
        submitAgainWhereRefused(outcomes, delegate -> consent(project, users.get(delegate)));

        assertOneTokenLeftTheJoin(project);
        assertThat(answers(project)).containsEntry("CONSENT", 3L).containsEntry("ABSTAIN", 20L).hasSize(2);
    }

    /**
     * The same join straight at the engine wrapper, without the business writes before it, so that
     * both completions reach the join's shared state within the same few milliseconds.
     */
    @RepeatedTest(3)
    void theLastTwoBranchesCompletedAtOnceInTheEngineLeaveTheJoinOnce() {
        Project project = consentAwaitingTheLastTwoWards();

        List<Outcome> outcomes = SimultaneousCalls.run(
                new Call("setagaya.delegate", () -> completeConsentTask(project, "setagaya.delegate")),
                new Call("edogawa.delegate", () -> completeConsentTask(project, "edogawa.delegate")));
        submitAgainWhereRefused(outcomes, delegate -> completeConsentTask(project, delegate));

        assertOneTokenLeftTheJoin(project);
    }

    /** A ward whose submit the engine refused is told so, its task is still open, and submitting again works. */
    private static void submitAgainWhereRefused(List<Outcome> outcomes, Consumer<String> submit) {
        for (Outcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                assertThat(outcome.failure()).isInstanceOf(TaskChangedMeanwhileException.class);
                submit.accept(outcome.who());
            }
        }
    }

    private void assertOneTokenLeftTheJoin(Project project) {
        String mainInstance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(project.code())
                .processDefinitionKey(ProjectProcess.PROCESS_KEY).singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(mainInstance)
                .activityId("Task_DecideMemberConsent").count()).isEqualTo(1);
        assertThat(openTasks(project)).singleElement()
                .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_CONFIRM_AGREEMENT));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(mainInstance)
                .taskDefinitionKey(ProjectProcess.TASK_GIVE_CONSENT).taskDeleteReason("completed").count()).isEqualTo(3);
    }

    /** A cooperative project of CAT23 where Arakawa has consented and 20 wards have abstained: Setagaya and Edogawa are left. */
    private Project consentAwaitingTheLastTwoWards() {
        Project project = projects.propose(TestProposals.of("Join " + UUID.randomUUID(), "KUL"), users.get("cat23.officer"));
        projects.screen(openTasks(project).get(0).getId(), ScreeningDecision.APPROVE, "", users.get("cat23.manager"));
        consent(project, users.get("arakawa.delegate"));
        List<Job> silentWards = management.createJobQuery().processInstanceId(openTasks(project).get(0).getProcessInstanceId())
                .activityId("Timer_AbstainAfter28Days").list().stream()
                .filter(timer -> !LAST_TWO.contains(groupOfTaskIn(timer.getExecutionId()))).toList();
        assertThat(silentWards).hasSize(20);
        silentWards.forEach(timer -> management.executeJob(timer.getId()));
        assertThat(openTasks(project)).hasSize(2);
        return project;
    }

    private void consent(Project project, CityCoopUser delegate) {
        lifecycle.giveConsent(consentTask(project, delegate).getId(), ConsentAnswer.CONSENT, null, delegate);
    }

    private void completeConsentTask(Project project, String delegate) {
        CityCoopUser user = users.get(delegate);
        workflow.complete(consentTask(project, user).getId(), Actor.of(user), Map.of());
    }

    private Task consentTask(Project project, CityCoopUser delegate) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code())
                .taskCandidateGroup(delegate.organisationCode() + ":member-delegate").singleResult();
    }

    private String groupOfTaskIn(String executionId) {
        Task task = engineTasks.createTaskQuery().executionId(executionId).singleResult();
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
                .filter(group -> group != null).findFirst().orElseThrow();
    }

    private List<Task> openTasks(Project project) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).list();
    }

    private Map<String, Long> answers(Project project) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select answer, count(*) from member_consent where project_id = :project group by answer")
                .param("project", project.id())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}

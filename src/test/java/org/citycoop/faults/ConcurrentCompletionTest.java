package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.faults.SimultaneousCalls.Call;
import org.citycoop.faults.SimultaneousCalls.Outcome;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskCompletedByOtherException;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault 1: Kitakyushu's two officers submit the same returned proposal at the same instant, on the
 * real services and PostgreSQL. Exactly one wins; the other is told that someone else has just
 * completed the task; the process has one successor and the history one completion. Repeated, so
 * that a race that passes by luck shows up: either officer may win a round.
 */
@CityCoopTest
class ConcurrentCompletionTest {

    @Autowired ProjectService projects;
    @Autowired WorkflowService workflow;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    private CityCoopUser officer;
    private CityCoopUser officer2;

    @BeforeEach
    void kitakyushuOfficers() {
        officer = users.get("kitakyushu.officer");
        officer2 = users.get("kitakyushu.officer2");
    }

    /** Through the screen's service: the business change (the proposal) and the task completion together. */
    @RepeatedTest(8)
    void twoOfficersRevisingTheSameProposalAtOnceOneWinsTheOtherIsToldAndNothingIsDoubled() {
        Project project = returnedProposal();
        String taskId = onlyOpenTask(project).getId();

        List<Outcome> outcomes = SimultaneousCalls.run(
                new Call(officer.getUsername(), () -> projects.revise(taskId, revision(project, "by officer"), officer)),
                new Call(officer2.getUsername(), () -> projects.revise(taskId, revision(project, "by officer2"), officer2)));

        String winner = oneWinnerOtherToldCompletedByOther(outcomes);
        assertOneSuccessorAndOneCompletion(project, winner);
        assertThat(auditCount(project, "PROPOSAL_REVISED")).isEqualTo(1);
        assertThat(projects.require(project.code(), officer).title())
                .isEqualTo(revision(project, winner.equals(officer.getUsername()) ? "by officer" : "by officer2").getTitle());
    }

    /**
     * Straight at the engine wrapper, where no business row serialises the two: both read the open
     * task, and the engine's optimistic locking refuses the second write.
     */
    @RepeatedTest(8)
    void twoOfficersCompletingTheSameTaskAtOnceThroughTheEngineOneWinsTheOtherIsTold() {
        Project project = returnedProposal();
        String taskId = onlyOpenTask(project).getId();

        List<Outcome> outcomes = SimultaneousCalls.run(
                new Call(officer.getUsername(), () -> workflow.complete(taskId, Actor.of(officer), java.util.Map.of())),
                new Call(officer2.getUsername(), () -> workflow.complete(taskId, Actor.of(officer2), java.util.Map.of())));

        assertOneSuccessorAndOneCompletion(project, oneWinnerOtherToldCompletedByOther(outcomes));
    }

    private String oneWinnerOtherToldCompletedByOther(List<Outcome> outcomes) {
        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        Outcome loser = outcomes.stream().filter(outcome -> !outcome.succeeded()).findFirst().orElseThrow();
        assertThat(loser.failure()).isInstanceOf(TaskCompletedByOtherException.class);
        assertThat(((TaskCompletedByOtherException) loser.failure()).messageKey()).isEqualTo("task.completed-by-other");
        return outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().who();
    }

    private void assertOneSuccessorAndOneCompletion(Project project, String winner) {
        assertThat(onlyOpenTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_SCREEN_PROPOSAL);
        List<HistoricTaskInstance> revisions = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(project.code())
                .taskDefinitionKey(ProjectProcess.TASK_REVISE_PROPOSAL).list();
        assertThat(revisions).singleElement().satisfies(revision -> {
            assertThat(revision.getDeleteReason()).isEqualTo("completed");
            assertThat(revision.getAssignee()).isEqualTo(winner);
        });
    }

    private Project returnedProposal() {
        Project project = projects.propose(TestProposals.of("Race " + UUID.randomUUID(), "SBY"), officer);
        projects.screen(onlyOpenTask(project).getId(), ScreeningDecision.RETURN, "Split the budget by fiscal year.",
                users.get("kitakyushu.manager"));
        return project;
    }

    private static ProjectProposal revision(Project project, String by) {
        return TestProposals.of(project.title() + " revised " + by, project.partnerCode());
    }

    private Task onlyOpenTask(Project project) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private long auditCount(Project project, String action) {
        return jdbc.sql("select count(*) from audit_event where project_id = :project and action = :action")
                .param("project", project.id()).param("action", action).query(Long.class).single();
    }
}

package org.citycoop.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.funding.FundingProcess;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.TaskCompletedByOtherException;
import org.citycoop.workflow.WorkTask;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one node of {@link ClusterTest} does when told through {@link FaultRig}'s console: prepare
 * tasks both nodes will fight over, complete one of them as a user, hold and release the
 * asynchronous submission step, and write its engine's metrics to the database.
 */
final class ClusterWork {

    private final ConfigurableApplicationContext context;

    ClusterWork(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Proposals of Kitakyushu returned for revision by its manager; answers the ids of their "Revise proposal" tasks. */
    String returnedProposals(int count) {
        ProjectService projects = context.getBean(ProjectService.class);
        CityCoopUser officer = user("kitakyushu.officer");
        CityCoopUser manager = user("kitakyushu.manager");
        List<String> revisions = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            Project project = projects.propose(TestProposals.of("Cluster proposal " + UUID.randomUUID(), "SBY"), officer);
            projects.screen(onlyOpenTask(projects, project, manager), ScreeningDecision.RETURN, "Split the budget by fiscal year.",
                    manager);
            revisions.add(onlyOpenTask(projects, project, officer));
        }
        return String.join(",", revisions);
    }

    /**
     * The officer revises the proposal through the screen's service: {@code completed}, or
     * {@code completed-by-other} when the service said that someone else had just completed the
     * task (any other refusal fails the command).
     */
    String revise(String taskId, String username) {
        try {
            context.getBean(ProjectService.class).revise(taskId, TestProposals.of(revisedTitle(username), "SBY"), user(username));
            return "completed";
        } catch (TaskCompletedByOtherException told) {
            return "completed-by-other";
        }
    }

    static String revisedTitle(String username) {
        return "Cluster proposal revised by " + username;
    }

    /** Submissions approved from now on wait as suspended jobs, for every node, until released. */
    String holdSubmissions() {
        management().updateJobDefinitionSuspensionState().byJobDefinitionId(submissionJobDefinition()).includeJobs(true).suspend();
        return "held";
    }

    /** Every waiting submission becomes due at once, for whichever node's job executor looks first. */
    String releaseSubmissions() {
        management().updateJobDefinitionSuspensionState().byJobDefinitionId(submissionJobDefinition()).includeJobs(true).activate();
        return "released";
    }

    /** The engine keeps its counts in memory and writes them every 15 minutes: written now, under this node's hostname. */
    String reportMetrics() {
        management().reportDbMetricsNow();
        return "reported";
    }

    private String submissionJobDefinition() {
        return management().createJobDefinitionQuery().processDefinitionKey(FundingProcess.PROCESS_KEY)
                .activityIdIn(FundingProcess.TASK_SUBMIT_APPLICATION).singleResult().getId();
    }

    private ManagementService management() {
        return context.getBean(ManagementService.class);
    }

    private CityCoopUser user(String username) {
        return context.getBean(TestUsers.class).get(username);
    }

    private static String onlyOpenTask(ProjectService projects, Project project, CityCoopUser user) {
        List<WorkTask> open = projects.openTasks(project.code(), user);
        if (open.size() != 1) {
            throw new IllegalStateException(project.code() + " has " + open.size() + " open tasks for " + user.getUsername());
        }
        return open.get(0).id();
    }
}

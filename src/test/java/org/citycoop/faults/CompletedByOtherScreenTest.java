package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.shoot;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault 1 as the losing user sees it, in Debian's Chromium: an officer has the returned proposal's
 * task screen open and edits it while a colleague resubmits the same proposal; the officer's submit
 * is answered with "Someone else has just completed this task…" and the inbox, and the colleague's
 * revision is the only one kept. {@link ConcurrentCompletionTest} races the services themselves.
 */
@CityCoopTest
class CompletedByOtherScreenTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    @Test
    void theOfficerWhoseColleagueResubmittedFirstIsToldSoAndBackInTheInboxAndNothingIsDoubled() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("completed-by-other", () -> {
                Project project = projects.propose(TestProposals.of("Completed by other " + UUID.randomUUID(), "SBY"),
                        users.get("kitakyushu.officer"));
                projects.screen(onlyOpenTask(project).getId(), ScreeningDecision.RETURN, "Split the budget by fiscal year.",
                        users.get("kitakyushu.manager"));
                String taskId = onlyOpenTask(project).getId();

                Page officer = chromium.signedIn("kitakyushu.officer");
                chromium.openTask(officer, ProjectProcess.FORM_REVISE_PROPOSAL, taskId);
                heading(officer, "Revise project proposal · " + project.code()).waitFor();
                fill(officer, "vaadin-text-field", "Title", project.title() + " by officer");

                String colleaguesTitle = project.title() + " by officer2";
                projects.revise(taskId, TestProposals.of(colleaguesTitle, "SBY"), users.get("kitakyushu.officer2"));

                click(officer, "Resubmit for screening");
                done(officer, "Someone else has just completed this task. Anything you entered in it was not saved;"
                        + " the inbox shows what comes next.");
                shoot(officer, "completed-by-other.png");

                assertThat(onlyOpenTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_SCREEN_PROPOSAL);
                List<HistoricTaskInstance> revisions = history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(project.code()).taskDefinitionKey(ProjectProcess.TASK_REVISE_PROPOSAL).list();
                assertThat(revisions).singleElement().satisfies(revision -> {
                    assertThat(revision.getDeleteReason()).isEqualTo("completed");
                    assertThat(revision.getAssignee()).isEqualTo("kitakyushu.officer2");
                });
                assertThat(jdbc.sql("select detail from audit_event where project_id = :project and action = 'PROPOSAL_REVISED'")
                        .param("project", project.id()).query(String.class).list()).containsExactly(colleaguesTitle);
                assertThat(projects.require(project.code(), users.get("kitakyushu.officer")).title()).isEqualTo(colleaguesTitle);
            });
        }
    }

    private Task onlyOpenTask(Project project) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}

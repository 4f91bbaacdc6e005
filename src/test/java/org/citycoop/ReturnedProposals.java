package org.citycoop;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * Proposals of the Kitakyushu officer that the manager returned for a revision with a comment, so
 * that a "Revise project proposal" task waits for Kitakyushu's officers: what the officer's and
 * manager's days start from, and the task the deadline tests let fall overdue.
 */
@Component
public class ReturnedProposals {

    public static final String MANAGER_COMMENT = "Lower the budget to what the division can carry this year.";

    private final ProjectService projects;
    private final WorkflowService workflow;
    private final ProjectProcessFixture process;
    private final TaskService engineTasks;
    private final TestUsers users;

    ReturnedProposals(ProjectService projects, WorkflowService workflow, ProjectProcessFixture process, TaskService engineTasks,
                      TestUsers users) {
        this.projects = projects;
        this.workflow = workflow;
        this.process = process;
        this.engineTasks = engineTasks;
        this.users = users;
    }

    /** A proposal with the partner city, returned by the manager; its revision task is due when the process sets it. */
    public Project returned(String title, String partnerCode) {
        Project project = projects.propose(TestProposals.of(title, partnerCode), users.get("kitakyushu.officer"));
        projects.screen(workflow.openTasksOf(project.code(), Actor.of(users.get("kitakyushu.manager"))).get(0).id(),
                ScreeningDecision.RETURN, MANAGER_COMMENT, users.get("kitakyushu.manager"));
        return project;
    }

    /** A proposal with the partner city, returned by the manager; its revision task is due at {@code due}. */
    public Project returned(String title, String partnerCode, Instant due) {
        Project project = returned(title, partnerCode);
        Task revision = revision(project);
        revision.setDueDate(Date.from(due));
        engineTasks.saveTask(revision);
        return project;
    }

    /** The open "Revise project proposal" task of the project. */
    public Task revision(Project project) {
        return process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL);
    }

    /** The officer who claimed the task is away: it stays claimed by her. */
    public void claimedBy(Project project, String username) {
        engineTasks.claim(revision(project).getId(), username);
    }
}

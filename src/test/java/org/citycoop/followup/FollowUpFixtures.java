package org.citycoop.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.IndicatorTarget;
import org.citycoop.project.PlannedTarget;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.stereotype.Component;

/**
 * What the follow-up tests share: a Kitakyushu project with Surabaya whose main process stands at
 * the partner's action plan (or has just called the follow-up), the follow-up's tasks and its round timer.
 */
@Component
public class FollowUpFixtures {

    public static final LocalDate MEASURED = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(2);

    private final ProjectService projects;
    private final ImplementationService implementation;
    private final FollowUpService followUps;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final ManagementService management;
    private final TestUsers users;

    FollowUpFixtures(ProjectService projects, ImplementationService implementation, FollowUpService followUps,
                     RuntimeService runtime, TaskService engineTasks, ManagementService management, TestUsers users) {
        this.projects = projects;
        this.implementation = implementation;
        this.followUps = followUps;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.management = management;
        this.users = users;
    }

    public CityCoopUser officer() {
        return users.get("kitakyushu.officer");
    }

    public CityCoopUser partner() {
        return users.get("surabaya.partner");
    }

    /** A new project whose main process waits for the partner's action plan. */
    public Project projectAtActionPlan() {
        Project project = projects.propose(TestProposals.of("Follow-up test " + UUID.randomUUID(), "SBY"), officer());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test starts at the action plan"));
        runtime.createProcessInstanceByKey(ProjectProcess.PROCESS_KEY).businessKey(project.code())
                .setVariables(Map.of(ScopeVariables.LEAD_ORGANISATION, "KIT", ScopeVariables.PARTNER_ORGANISATION, "SBY",
                        ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                        Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())))
                .startBeforeActivity(ProjectProcess.TASK_SUBMIT_ACTION_PLAN).execute();
        return project;
    }

    /** Composting from 2 to 10 t/day and recycling from 8 to 20 %, by the end of JFY 2028. */
    public static ActionPlan actionPlan() {
        return new ActionPlan("Scale composting to 31 districts by 2029, run by the city's cleansing agency.", List.of(
                new IndicatorTarget("COMPOSTING", "2", "10", LocalDate.of(2029, 3, 31)),
                new IndicatorTarget("RECYCLING_RATE", "8", "20", LocalDate.of(2029, 3, 31))));
    }

    /** A project whose partner has submitted {@link #actionPlan()}: the follow-up waits for its schedule. */
    public Project projectInFollowUp() {
        return projectInFollowUp(actionPlan());
    }

    /** A project whose partner has submitted {@code plan}: the follow-up waits for its schedule. */
    public Project projectInFollowUp(ActionPlan plan) {
        Project project = projectAtActionPlan();
        implementation.submitActionPlan(task(project, ProjectProcess.TASK_SUBMIT_ACTION_PLAN).getId(), plan, partner());
        return project;
    }

    /** A project in follow-up with the schedule set, waiting for the first round's date. */
    public Project scheduledProject(String schedule) {
        Project project = projectInFollowUp();
        followUps.setSchedule(task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId(), schedule, officer());
        return project;
    }

    public ProcessInstance followUp(Project project) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code())
                .processDefinitionKey(FollowUpProcess.PROCESS_KEY).singleResult();
    }

    /** The follow-up's timer of the next round, or null when none waits. */
    public Job roundTimer(Project project) {
        ProcessInstance instance = followUp(project);
        return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId())
                .activityId(FollowUpProcess.TIMER_ROUND_DUE).singleResult();
    }

    /** The round is due: fires its timer as the job executor would on that day. */
    public void roundDue(Project project) {
        Job timer = roundTimer(project);
        assertThat(timer).as("round timer of " + project.code()).isNotNull();
        management.executeJob(timer.getId());
    }

    public Task task(Project project, String key) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).taskDefinitionKey(key).list();
        assertThat(open).as("open " + key + " of " + project.code()).hasSize(1);
        return open.get(0);
    }

    /** The partner's values of a round, one per target of the action plan in its order, measured on {@link #MEASURED}. */
    public void report(Project project, String... values) {
        FollowUpTask task = followUps.openTask(task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId(),
                FollowUpProcess.TASK_REPORT_PROGRESS, partner());
        List<PlannedTarget> targets = task.actionPlan().targets();
        followUps.reportProgress(task.task().id(), IntStream.range(0, targets.size())
                .mapToObj(i -> new ProgressEntry(targets.get(i).id(), values[i], MEASURED, null, null, null)).toList(), partner());
    }

    public void review(Project project, ReviewOutcome outcome, Boolean visitNeeded, String comment) {
        followUps.review(task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId(),
                new ProgressReview(outcome, visitNeeded, comment), officer());
    }

    /** Sets a one-round schedule and runs the round, accepted without a visit: the main process moves on. */
    public void runOneRound(Project project) {
        followUps.setSchedule(task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId(), "R1/P6M", officer());
        roundDue(project);
        int targets = followUps.indicatorProgress(project.code(), officer()).size();
        report(project, IntStream.range(0, targets).mapToObj(i -> "5").toArray(String[]::new));
        review(project, ReviewOutcome.ACCEPTED, false, null);
    }
}

package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.workflow.InboxFilter.Due;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The inbox as each actor sees it, on the real engine and PostgreSQL: views, filters, reassigning, parking, paging. */
@CityCoopTest
class WorkflowServiceInboxTest {

    private static final String REVISE = "Task_ReviseProposal";

    @Autowired WorkflowService workflow;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired Clock clock;

    @Test
    void anOfficerSeesTheGroupsOpenTasksThenTheirOwnAndTheManagerSeesBothTheOtherOrganisationNeither() {
        Project project = yokohamaProjectWaitingForTheOfficer("Leak detection for Dalian");
        String taskId = process.taskWithKey(project, REVISE).getId();
        InboxFilter ofProject = onlyProject(project);

        assertThat(ids(Inbox.GROUP_TASKS, ofProject, yokOfficer())).containsExactly(taskId);
        assertThat(ids(Inbox.MY_TASKS, ofProject, yokOfficer())).isEmpty();
        assertThat(ids(Inbox.ORGANISATION_TASKS, ofProject, yokManager())).containsExactly(taskId);
        assertThat(ids(Inbox.GROUP_TASKS, ofProject, actor("kitakyushu.officer"))).isEmpty();
        assertThat(ids(Inbox.ORGANISATION_TASKS, ofProject, actor("kitakyushu.manager"))).isEmpty();

        workflow.claim(taskId, yokOfficer());

        assertThat(ids(Inbox.GROUP_TASKS, ofProject, yokOfficer())).isEmpty();
        assertThat(ids(Inbox.MY_TASKS, ofProject, yokOfficer())).containsExactly(taskId);
        assertThat(workflow.inbox(Inbox.MY_TASKS, ofProject, yokOfficer(), 0, 10)).singleElement()
                .satisfies(task -> assertThat(task.assignee()).isEqualTo("yokohama.officer"));
        // claimed by a user of the organisation: still one of the organisation's open tasks
        assertThat(ids(Inbox.ORGANISATION_TASKS, ofProject, yokManager())).containsExactly(taskId);

        assertThatThrownBy(() -> workflow.count(Inbox.ORGANISATION_TASKS, ofProject, yokOfficer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workflow.viewsOf(yokOfficer())).containsExactly(Inbox.MY_TASKS, Inbox.GROUP_TASKS);
        assertThat(workflow.viewsOf(yokManager())).contains(Inbox.ORGANISATION_TASKS);
    }

    @Test
    void filtersNarrowByProcessProjectDueAndWordsOfTheTaskOrTheProjectTitle() {
        String token = token();
        Project overdue = yokohamaProjectWaitingForTheOfficer("Composting " + token + " for Dalian");
        Project thisWeek = yokohamaProjectWaitingForTheOfficer("Sewerage " + token + " for Dalian");
        Project later = yokohamaProjectWaitingForTheOfficer("Air quality " + token + " for Dalian");
        String overdueTask = dueOn(overdue, ZonedDateTime.now(clock).minusDays(8));
        // due in the last minute of this week (Monday to Sunday): this week and not yet overdue, whenever the test runs
        String thisWeekTask = dueOn(thisWeek, LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                .atTime(23, 59).atZone(clock.getZone()));
        String laterTask = dueOn(later, ZonedDateTime.now(clock).plusDays(40));
        InboxFilter byToken = new InboxFilter(null, null, Due.ANY, token, false);

        // the project title's words find the projects' tasks; due first
        assertThat(ids(Inbox.GROUP_TASKS, byToken, yokOfficer())).containsExactly(overdueTask, thisWeekTask, laterTask);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter(null, null, Due.OVERDUE, token, false), yokOfficer()))
                .containsExactly(overdueTask);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter(null, null, Due.THIS_WEEK, token, false), yokOfficer()))
                .containsExactly(thisWeekTask);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter(null, thisWeek.code(), Due.ANY, null, false), yokOfficer()))
                .containsExactly(thisWeekTask);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter("CooperationProjectProcess", null, Due.ANY, token, false),
                yokOfficer())).hasSize(3);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter("FundingApplicationProcess", null, Due.ANY, token, false),
                yokOfficer())).isEmpty();
        // the task's name, in any case, within one project
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter(null, later.code(), Due.ANY, "REVISE project", false),
                yokOfficer())).containsExactly(laterTask);
        assertThat(ids(Inbox.GROUP_TASKS, new InboxFilter(null, later.code(), Due.ANY, "agreement", false),
                yokOfficer())).isEmpty();
        // another organisation's user finds nothing with the same words
        assertThat(ids(Inbox.GROUP_TASKS, byToken, actor("kitakyushu.officer"))).isEmpty();
    }

    @Test
    void phaseAndPartnerCityNarrowTheInboxAndEachTaskNamesItsPhase() {
        String token = token();
        Project withDalian = yokohamaProjectWaitingForTheOfficer("Leaks " + token + " in Dalian");
        Project withSurabaya = projects.propose(TestProposals.of("Landfill " + token + " in Surabaya", "SBY"),
                users.get("yokohama.officer"));
        // inside the running project, whose agreement-renewal reminder is set when the agreement is confirmed
        process.startAt(withSurabaya, "Task_PlanImplementation", Map.of(ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                Date.from(ZonedDateTime.now(clock).plusYears(3).toInstant())));
        String proposalTask = process.taskWithKey(withDalian, REVISE).getId();
        String implementationTask = process.taskWithKey(withSurabaya, "Task_PlanImplementation").getId();

        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, Phase.PROPOSAL, null), yokOfficer())).containsExactly(proposalTask);
        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, Phase.IMPLEMENTATION, null), yokOfficer()))
                .containsExactly(implementationTask);
        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, Phase.FOLLOW_UP, null), yokOfficer())).isEmpty();
        assertThat(workflow.count(Inbox.GROUP_TASKS, byTokenAnd(token, Phase.FUNDING, null), yokOfficer())).isZero();
        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, null, "DLC"), yokOfficer())).containsExactly(proposalTask);
        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, null, "SBY"), yokOfficer())).containsExactly(implementationTask);
        assertThat(ids(Inbox.GROUP_TASKS, byTokenAnd(token, Phase.PROPOSAL, "SBY"), yokOfficer())).isEmpty();
        assertThat(workflow.count(Inbox.GROUP_TASKS, byTokenAnd(token, null, "CEB"), yokOfficer())).isZero();
        assertThat(workflow.inbox(Inbox.GROUP_TASKS, byTokenAnd(token, null, null), yokOfficer(), 0, 10))
                .extracting(WorkTask::phase).containsExactly(Phase.PROPOSAL, Phase.IMPLEMENTATION);
        // the partner's projects of another organisation stay out of sight
        assertThat(ids(Inbox.ORGANISATION_TASKS, byTokenAnd(token, null, "DLC"), actor("kitakyushu.manager"))).isEmpty();
        assertThat(workflow.partnerCities(yokOfficer())).containsEntry("DLC", new Name("Dalian", "大連市")).containsEntry("SBY", new Name("Surabaya", "スラバヤ市"));
    }

    @Test
    void aManagerReassignsOnlyToAColleagueOfTheOrganisationWhoHoldsACandidateRole() {
        Project project = yokohamaProjectWaitingForTheOfficer("Reassigned sewerage for Dalian");
        String taskId = process.taskWithKey(project, REVISE).getId();

        assertThatThrownBy(() -> workflow.reassign(taskId, "kitakyushu.officer", yokManager()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("colleague"));
        assertThatThrownBy(() -> workflow.reassign(taskId, "yokohama.head", yokManager()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workflow.reassign(taskId, "kitakyushu.officer", actor("kitakyushu.manager")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workflow.reassign(taskId, "yokohama.officer", yokOfficer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        workflow.reassign(taskId, "yokohama.officer", yokManager());

        assertThat(ids(Inbox.MY_TASKS, onlyProject(project), yokOfficer())).containsExactly(taskId);
        assertThat(workflow.colleaguesOf(yokManager())).contains("yokohama.officer", "yokohama.manager")
                .doesNotContain("kitakyushu.officer");
    }

    @Test
    void bulkClaimAndBulkReassignReportTheTasksTheyCouldNotTake() {
        String token = token();
        Project first = yokohamaProjectWaitingForTheOfficer("Bulk one " + token);
        Project second = yokohamaProjectWaitingForTheOfficer("Bulk two " + token);
        Project kitakyushu = projects.propose(TestProposals.of("Bulk three " + token, "SBY"), users.get("kitakyushu.officer"));
        String firstTask = process.taskWithKey(first, REVISE).getId();
        String secondTask = process.taskWithKey(second, REVISE).getId();
        String foreignTask = process.openTasks(kitakyushu).get(0).getId();
        engineTasks.claim(secondTask, "yokohama.manager");

        assertThat(workflow.claimAll(List.of(firstTask, secondTask, foreignTask), yokOfficer()))
                .containsExactly(secondTask, foreignTask);
        assertThat(assignee(firstTask)).isEqualTo("yokohama.officer");
        assertThat(assignee(secondTask)).isEqualTo("yokohama.manager");
        assertThat(assignee(foreignTask)).isNull();

        assertThat(workflow.reassignAll(List.of(firstTask, secondTask, foreignTask), "yokohama.officer", yokManager()))
                .containsExactly(foreignTask);
        assertThat(assignee(secondTask)).isEqualTo("yokohama.officer");
        assertThat(assignee(foreignTask)).isNull();
    }

    @Test
    void aParkedTaskLeavesTheViewsUntilItsFollowUpDate() {
        Project project = yokohamaProjectWaitingForTheOfficer("Parked composting for Dalian");
        String taskId = process.taskWithKey(project, REVISE).getId();
        InboxFilter ofProject = onlyProject(project);
        InboxFilter parked = new InboxFilter(null, project.code(), Due.ANY, null, true);

        assertThatThrownBy(() -> workflow.followUp(taskId, LocalDate.now(clock), yokOfficer()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workflow.followUp(taskId, LocalDate.now(clock).plusDays(3), actor("kitakyushu.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(ids(Inbox.GROUP_TASKS, parked, yokOfficer())).isEmpty();

        workflow.followUp(taskId, LocalDate.now(clock).plusDays(3), yokOfficer());

        assertThat(ids(Inbox.GROUP_TASKS, ofProject, yokOfficer())).isEmpty();
        assertThat(ids(Inbox.ORGANISATION_TASKS, ofProject, yokManager())).isEmpty();
        assertThat(ids(Inbox.GROUP_TASKS, parked, yokOfficer())).containsExactly(taskId);
        assertThat(workflow.inbox(Inbox.GROUP_TASKS, parked, yokOfficer(), 0, 10).get(0).followUp())
                .isEqualTo(LocalDate.now(clock).plusDays(3).atStartOfDay(clock.getZone()).toInstant());

        // the day comes: the task is back (the follow-up date moved into the past, as time would)
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        task.setFollowUpDate(Date.from(ZonedDateTime.now(clock).minusMinutes(1).toInstant()));
        engineTasks.saveTask(task);
        assertThat(ids(Inbox.GROUP_TASKS, ofProject, yokOfficer())).containsExactly(taskId);

        workflow.followUp(taskId, LocalDate.now(clock).plusDays(1), yokOfficer());
        workflow.followUp(taskId, null, yokOfficer());
        assertThat(ids(Inbox.GROUP_TASKS, ofProject, yokOfficer())).containsExactly(taskId);

        // the manager parks an officer's task of the organisation (from its row); another organisation's manager cannot
        assertThatThrownBy(() -> workflow.followUp(taskId, LocalDate.now(clock).plusDays(2), actor("kitakyushu.manager")))
                .isInstanceOf(TaskNotAvailableException.class);
        workflow.followUp(taskId, LocalDate.now(clock).plusDays(2), yokManager());
        assertThat(ids(Inbox.ORGANISATION_TASKS, parked, yokManager())).containsExactly(taskId);
    }

    @Test
    void theGridPagesThroughTheViewWithItsCount() {
        String token = token();
        List<String> dueInOrder = List.of(5, 1, 3, 2, 4).stream().map(days -> dueOn(
                yokohamaProjectWaitingForTheOfficer("Paged " + token + " " + days), ZonedDateTime.now(clock).plusDays(days)))
                .toList();
        InboxFilter byToken = new InboxFilter(null, null, Due.ANY, token, false);

        assertThat(workflow.count(Inbox.GROUP_TASKS, byToken, yokOfficer())).isEqualTo(5);
        List<String> firstPage = workflow.inbox(Inbox.GROUP_TASKS, byToken, yokOfficer(), 0, 2).stream().map(WorkTask::id).toList();
        List<String> secondPage = workflow.inbox(Inbox.GROUP_TASKS, byToken, yokOfficer(), 2, 2).stream().map(WorkTask::id).toList();
        List<String> lastPage = workflow.inbox(Inbox.GROUP_TASKS, byToken, yokOfficer(), 4, 2).stream().map(WorkTask::id).toList();
        // due 1, 2 | 3, 4 | 5 days ahead
        assertThat(firstPage).containsExactly(dueInOrder.get(1), dueInOrder.get(3));
        assertThat(secondPage).containsExactly(dueInOrder.get(2), dueInOrder.get(4));
        assertThat(lastPage).containsExactly(dueInOrder.get(0));
    }

    private Project yokohamaProjectWaitingForTheOfficer(String title) {
        Project project = projects.propose(TestProposals.of(title, "DLC"), users.get("yokohama.officer"));
        process.startAt(project, REVISE, Map.of());
        return project;
    }

    private String dueOn(Project project, ZonedDateTime due) {
        Task task = process.taskWithKey(project, REVISE);
        task.setDueDate(Date.from(due.toInstant()));
        engineTasks.saveTask(task);
        return task.getId();
    }

    private List<String> ids(Inbox view, InboxFilter filter, Actor actor) {
        return workflow.inbox(view, filter, actor, 0, 50).stream().map(WorkTask::id).toList();
    }

    private String assignee(String taskId) {
        return engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private static InboxFilter byTokenAnd(String token, Phase phase, String partnerCode) {
        return new InboxFilter(null, null, Due.ANY, token, false, phase, partnerCode);
    }

    private static InboxFilter onlyProject(Project project) {
        return new InboxFilter(null, project.code(), Due.ANY, null, false);
    }

    private static String token() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Actor yokOfficer() {
        return actor("yokohama.officer");
    }

    private Actor yokManager() {
        return actor("yokohama.manager");
    }

    private Actor actor(String username) {
        return Actor.of(users.get(username));
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Proposing, screening and revising projects through the service, on the real PostgreSQL and engine. */
@CityCoopTest
class ProjectServiceTest {

    @Autowired
    ProjectService projects;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService engineTasks;

    @Test
    void aProposalGetsTheNextCodeOfItsLeadAndFiscalYearAndWaitsForScreening() {
        CityCoopUser officer = users.get("kawasaki.officer");

        Project first = projects.propose(TestProposals.of("Kawasaki eco-town know-how for Cebu", "CEB"), officer);
        Project second = projects.propose(TestProposals.of("Kawasaki water-leak detection for Cebu", "CEB"), officer);

        String prefix = "KAW-" + FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))) + "-";
        assertThat(first.code()).startsWith(prefix).matches("KAW-\\d{4}-\\d{3}");
        assertThat(Integer.parseInt(second.code().substring(prefix.length())))
                .isEqualTo(Integer.parseInt(first.code().substring(prefix.length())) + 1);
        assertThat(first.status()).isEqualTo(ProjectStatus.PIPELINE);
        assertThat(first.partnerName().en()).isEqualTo("Cebu");
        assertThat(first.region()).isEqualTo("SOUTHEAST_ASIA");
        assertThat(first.proposedBy()).isEqualTo("kawasaki.officer");
        // Kawasaki has no manager among the demo users, but the task waits for the role, scoped to KAW
        assertThat(tasksOf(first.code())).singleElement().satisfies(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_SCREEN_PROPOSAL);
            assertThat(engineTasks.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
                    .containsExactly("KAW:manager");
        });
    }

    @Test
    void anInvalidProposalNamesEveryBadFieldAndCreatesNothing() {
        long projectsBefore = countProjects();
        ProjectProposal proposal = TestProposals.of(" ", "SBY");
        proposal.setBudgetJpy(-5L);
        proposal.setPlannedStart(null);

        assertThatThrownBy(() -> projects.propose(proposal, users.get("kitakyushu.officer")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("title", "budgetJpy", "plannedStart"));
        assertThat(countProjects()).isEqualTo(projectsBefore);
    }

    @Test
    void aProposalMustNameARealPartnerCityAndEndAfterItStarts() {
        long projectsBefore = countProjects();
        ProjectProposal proposal = TestProposals.of("Yokohama as a partner city?", "YOK");
        proposal.setPlannedEnd(proposal.getPlannedStart().minusDays(1));

        assertThatThrownBy(() -> projects.propose(proposal, users.get("kitakyushu.officer")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("partnerCode", "plannedEnd");
                    assertThat(refused.problems()).extracting(FieldProblem::message)
                            .allSatisfy(message -> assertThat(message).containsAnyOf("Partner city:", "Planned end:"));
                });
        assertThat(countProjects()).isEqualTo(projectsBefore);
    }

    @Test
    void onlyOfficersOfLocalGovernmentsPropose() {
        assertThatThrownBy(() -> projects.propose(TestProposals.of("Manager proposing", "SBY"), users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.propose(TestProposals.of("Partner proposing", "SBY"), users.get("surabaya.partner")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void approvalKeepsTheProjectInThePipelineAndRecordsWhoDecided() {
        Project project = proposeForKitakyushu();
        CityCoopUser manager = users.get("kitakyushu.manager");

        projects.screen(screeningTask(project, manager), ScreeningDecision.APPROVE, "", manager);

        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.PIPELINE);
        assertThat(projects.screenings(project.code(), manager)).singleElement().satisfies(screening -> {
            assertThat(screening.decision()).isEqualTo(ScreeningDecision.APPROVE);
            assertThat(screening.decidedBy()).isEqualTo("kitakyushu.manager");
        });
        assertThat(tasksOf(project.code())).extracting(Task::getTaskDefinitionKey).containsExactly(ProjectProcess.TASK_CONFIRM_AGREEMENT);
    }

    @Test
    void aReturnedProposalShowsTheCommentAndCanBeRevisedAndResubmitted() {
        Project project = proposeForKitakyushu();
        CityCoopUser manager = users.get("kitakyushu.manager");
        CityCoopUser officer = users.get("kitakyushu.officer");

        projects.screen(screeningTask(project, manager), ScreeningDecision.RETURN, "Add the composting pilot budget.", manager);

        WorkTask revision = projects.openTasks(project.code(), officer).get(0);
        ProjectTask revisionTask = projects.openTask(revision.id(), ProjectProcess.TASK_REVISE_PROPOSAL, officer);
        assertThat(revisionTask.lastScreening()).get().extracting(Screening::comment).isEqualTo("Add the composting pilot budget.");

        ProjectProposal revised = project.toProposal();
        revised.setBudgetJpy(31_000_000L);
        revised.setTitle(project.title() + " (revised)");
        projects.revise(revision.id(), revised, officer);

        Project stored = projects.require(project.code(), officer);
        assertThat(stored.budgetJpy()).isEqualTo(31_000_000L);
        assertThat(stored.title()).endsWith("(revised)");
        assertThat(projects.openTasks(project.code(), manager)).extracting(WorkTask::taskDefinitionKey)
                .containsExactly(ProjectProcess.TASK_SCREEN_PROPOSAL);
    }

    @Test
    void rejectionCancelsTheProject() {
        Project project = proposeForKitakyushu();
        CityCoopUser manager = users.get("kitakyushu.manager");

        projects.screen(screeningTask(project, manager), ScreeningDecision.REJECT, "Outside this year's priorities.", manager);

        assertThat(projects.require(project.code(), manager).status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(tasksOf(project.code())).isEmpty();
    }

    @Test
    void returningWithoutACommentIsRefusedAndChangesNothing() {
        Project project = proposeForKitakyushu();
        CityCoopUser manager = users.get("kitakyushu.manager");
        String taskId = screeningTask(project, manager);

        assertThatThrownBy(() -> projects.screen(taskId, ScreeningDecision.RETURN, "  ", manager))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("comment"));

        assertThat(projects.screenings(project.code(), manager)).isEmpty();
        assertThat(tasksOf(project.code())).extracting(Task::getId).containsExactly(taskId);
        assertThat(projects.openTasks(project.code(), manager).get(0).assignee()).isNull();
    }

    @Test
    void aManagerOfAnotherCityCanNeitherSeeNorCompleteTheScreening() {
        Project project = proposeForKitakyushu();
        String taskId = screeningTask(project, users.get("kitakyushu.manager"));
        CityCoopUser yokohamaManager = users.get("yokohama.manager");

        assertThat(projects.find(project.code(), yokohamaManager)).isEmpty();
        assertThatThrownBy(() -> projects.openTask(taskId, ProjectProcess.TASK_SCREEN_PROPOSAL, yokohamaManager))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> projects.screen(taskId, ScreeningDecision.APPROVE, "", yokohamaManager))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(tasksOf(project.code())).extracting(Task::getId).containsExactly(taskId);
        assertThat(projects.screenings(project.code(), users.get("kitakyushu.manager"))).isEmpty();
    }

    @Test
    void anOfficerCannotScreenEvenInTheirOwnOrganisation() {
        Project project = proposeForKitakyushu();
        String taskId = screeningTask(project, users.get("kitakyushu.manager"));

        assertThatThrownBy(() -> projects.screen(taskId, ScreeningDecision.APPROVE, "", users.get("kitakyushu.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
    }

    @Test
    void theRevisionScreenCannotCompleteTheScreeningTask() {
        Project project = proposeForKitakyushu();
        String screeningTaskId = screeningTask(project, users.get("kitakyushu.manager"));

        assertThatThrownBy(() -> projects.revise(screeningTaskId, project.toProposal(), users.get("kitakyushu.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
    }

    @Test
    void theProjectIsVisibleToItsPartnerCityAndToNobodyElseOutside() {
        Project project = proposeForKitakyushu();

        assertThat(projects.find(project.code(), users.get("surabaya.partner"))).isPresent();
        assertThat(projects.find(project.code(), users.get("dalian.partner"))).isEmpty();
        assertThat(projects.find(project.code(), users.get("jica.reviewer"))).isEmpty();
        assertThat(projects.visibleTo(users.get("yokohama.officer"))).extracting(Project::code).doesNotContain(project.code());
    }

    @Test
    void membersOfALeadCooperativeSeeItsProjects() {
        Project project = projects.propose(TestProposals.of("Waste-to-energy training for Kuala Lumpur", "KUL"), users.get("cat23.officer"));

        assertThat(projects.find(project.code(), users.get("arakawa.delegate"))).isPresent();
        assertThat(projects.find(project.code(), users.get("kitakyushu.officer"))).isEmpty();
    }

    private Project proposeForKitakyushu() {
        return projects.propose(TestProposals.of("Composting pilot " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
    }

    private String screeningTask(Project project, CityCoopUser manager) {
        return projects.openTasks(project.code(), manager).get(0).id();
    }

    /** The engine's own answer, unscoped: what is really open for the project. */
    private List<Task> tasksOf(String code) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(code).list();
    }

    private long countProjects() {
        return jdbc.sql("select count(*) from project").query(Long.class).single();
    }
}

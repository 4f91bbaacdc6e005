package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.dashboard.internal.CycleTimeCounts;
import org.citycoop.dashboard.internal.CycleTimeCounts.DurationCount;
import org.citycoop.dashboard.internal.DurationDistribution;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Phase;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cycle time as Kitakyushu's officer and manager make it through the real services (DD022):
 * each completed task counts at once, in its phase and in the fiscal year its project starts in,
 * and follows the project when a revision moves the start. Each test uses fiscal years no other
 * test's projects start in, so that its figures are known exactly.
 */
@CityCoopTest
class CycleTimeCountingTest {

    @Autowired DashboardService dashboards;
    @Autowired ProjectService projects;
    @Autowired CycleTimeCounts counts;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void engineTimeAsItIs() {
        ClockUtil.reset();
    }

    @Test
    void aScreeningCountsAtOnceInTheProposalPhaseForItsOrganisationsManagerAndTheAdministratorOnly() {
        JfyRange jfy2061 = JfyRange.of(2061, 2061);
        Project project = propose(LocalDate.of(2061, 4, 1));

        screenAfter(project, Duration.ofHours(60), ScreeningDecision.APPROVE);

        assertThat(proposalPhase(jfy2061, "kitakyushu.manager")).isEqualTo(tuple(1L, 2.5, 2.5));
        assertThat(proposalPhase(jfy2061, "admin")).isEqualTo(tuple(1L, 2.5, 2.5));
        assertThat(proposalPhase(jfy2061, "yokohama.manager")).as("another city's manager").isEqualTo(tuple(0L, 0.0, 0.0));

        assertThat(counts.compact()).as("the completion's change moved into the counts").isPositive();
        assertThat(proposalPhase(jfy2061, "kitakyushu.manager")).as("the same after compaction").isEqualTo(tuple(1L, 2.5, 2.5));
        assertThat(proposalPhase(jfy2061, "admin")).isEqualTo(tuple(1L, 2.5, 2.5));
    }

    @Test
    void aRevisionThatMovesTheStartIntoAnotherFiscalYearTakesTheProjectsCountedTasksAlong() {
        JfyRange jfy2062 = JfyRange.of(2062, 2062);
        JfyRange jfy2063 = JfyRange.of(2063, 2063);
        Project project = propose(LocalDate.of(2062, 4, 1));
        screenAfter(project, Duration.ofDays(1), ScreeningDecision.RETURN);
        counts.compact();

        // 31 March 2063 is the last day of JFY 2062: nothing moves
        reviseAfter(project, Duration.ofDays(2), LocalDate.of(2063, 3, 31));
        assertThat(proposalPhase(jfy2062, "kitakyushu.manager")).as("screening and revision").isEqualTo(tuple(2L, 1.5, 1.9));
        assertThat(proposalPhase(jfy2063, "kitakyushu.manager")).isEqualTo(tuple(0L, 0.0, 0.0));

        screenAfter(project, Duration.ofDays(3), ScreeningDecision.RETURN);
        reviseAfter(project, Duration.ofDays(4), LocalDate.of(2063, 4, 1));

        assertThat(proposalPhase(jfy2062, "kitakyushu.manager")).as("left JFY 2062").isEqualTo(tuple(0L, 0.0, 0.0));
        assertThat(proposalPhase(jfy2062, "admin")).isEqualTo(tuple(0L, 0.0, 0.0));
        assertThat(proposalPhase(jfy2063, "kitakyushu.manager")).as("1, 2, 3 and 4 days").isEqualTo(tuple(4L, 2.5, 3.7));
        assertThat(proposalPhase(jfy2063, "admin")).isEqualTo(tuple(4L, 2.5, 3.7));
    }

    @Test
    void countingTheWholeHistoryAfreshGivesTheFiguresThatTheCompletionsKeptAlong() {
        JfyRange jfy2064 = JfyRange.of(2064, 2064);
        Project first = propose(LocalDate.of(2064, 4, 1));
        Project second = propose(LocalDate.of(2064, 9, 1));
        screenAfter(first, Duration.ofHours(30), ScreeningDecision.RETURN);
        reviseAfter(first, Duration.ofHours(7), LocalDate.of(2064, 6, 1));
        screenAfter(second, Duration.ofDays(12), ScreeningDecision.APPROVE);
        List<PhaseCycleTime> keptAlong = dashboards.cycleTimeByPhase(jfy2064, users.get("admin"));

        counts.rebuild(workflow.taskKeysByPhase(), false);

        assertThat(keptAlong).filteredOn(phase -> phase.phase() == Phase.PROPOSAL).singleElement()
                .extracting(PhaseCycleTime::tasks).isEqualTo(3L);
        assertThat(dashboards.cycleTimeByPhase(jfy2064, users.get("admin"))).isEqualTo(keptAlong);
        assertThat(dashboards.cycleTimeByPhase(jfy2064, users.get("kitakyushu.manager"))).isEqualTo(keptAlong);
    }

    @Test
    void percentilesFromTheCountsAreThoseOfPostgresqlOverTheDurationsThemselves() {
        Random random = new Random(20261202);
        for (int round = 0; round < 20; round++) {
            List<Integer> tenths = new ArrayList<>();
            List<DurationCount> byDuration = new ArrayList<>();
            int duration = 0;
            for (int step = 0; step < 1 + random.nextInt(30); step++) {
                duration += random.nextInt(50);
                long tasks = 1 + random.nextInt(round % 2 == 0 ? 3 : 500);
                byDuration.add(new DurationCount("PROPOSAL", duration, tasks));
                for (int task = 0; task < tasks; task++) {
                    tenths.add(duration);
                }
            }
            DurationDistribution distribution = new DurationDistribution(byDuration);
            for (double fraction : new double[] {0.5, 0.9}) {
                double postgres = jdbc.sql("select percentile_cont(:fraction) within group (order by d) / 10 from unnest(:tenths) d")
                        .param("fraction", fraction).param("tenths", tenths.toArray(Integer[]::new)).query(Double.class).single();
                assertThat(distribution.percentileDays(fraction)).as("round %d, percentile %s of %s", round, fraction, byDuration)
                        .isCloseTo(postgres, org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(distribution.tasks()).isEqualTo(tenths.size());
        }
    }

    private Project propose(LocalDate start) {
        ProjectProposal proposal = TestProposals.of("Cycle time " + UUID.randomUUID(), "SBY");
        proposal.setPlannedStart(start);
        proposal.setPlannedEnd(start.plusYears(2));
        return projects.propose(proposal, users.get("kitakyushu.officer"));
    }

    /** The manager decides the open screening {@code after} it was created, as the engine's clock tells. */
    private void screenAfter(Project project, Duration after, ScreeningDecision decision) {
        CityCoopUser manager = users.get("kitakyushu.manager");
        String task = projects.openTasks(project.code(), manager).get(0).id();
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + after.toMillis());
        projects.screen(task, decision, decision == ScreeningDecision.APPROVE ? "" : "Say more about the pilot.", manager);
    }

    private void reviseAfter(Project project, Duration after, LocalDate start) {
        CityCoopUser officer = users.get("kitakyushu.officer");
        String task = projects.openTasks(project.code(), officer).get(0).id();
        ProjectProposal revised = projects.require(project.code(), officer).toProposal();
        revised.setPlannedStart(start);
        revised.setPlannedEnd(start.plusYears(2));
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + after.toMillis());
        projects.revise(task, revised, officer);
    }

    private org.assertj.core.groups.Tuple proposalPhase(JfyRange range, String username) {
        PhaseCycleTime proposal = dashboards.cycleTimeByPhase(range, users.get(username)).stream()
                .filter(phase -> phase.phase() == Phase.PROPOSAL).findFirst().orElseThrow();
        return tuple(proposal.tasks(), proposal.medianDays(), proposal.p90Days());
    }
}

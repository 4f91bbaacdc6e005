package org.citycoop.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.citycoop.benchmark.StatementRecorder.SentStatement;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.dashboard.ProcessSteps;
import org.citycoop.security.CityCoopUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario "Dashboards" (issue 8, item 4; issue 6's quality bar): every panel of the manager
 * dashboard (the process diagram's two are not tied to a fiscal year: the same for both ranges), each on its own and all of them one after the other as the screen asks for them, for
 * the manager of one benchmark municipality (their organisation's projects) and for the
 * administrator (every project), over the dashboard's default range and the widest one.
 */
final class DashboardScenario {

    static final String WHOLE_DASHBOARD = "Whole dashboard (all panels)";
    /** The widest range measured: the ten fiscal years the data spreads its projects over (DashboardData). */
    static final int WIDEST_YEARS = 10;

    /** A panel of the dashboard: what the screen asks the service for. Adding a panel is one line in {@link #panels}. */
    record Panel(String name, BiFunction<JfyRange, CityCoopUser, Object> figure) {
    }

    /** Whose dashboard over which range. */
    record Case(String actor, CityCoopUser user, String rangeName, JfyRange range) {
        String name() {
            return actor + ", " + rangeName + " JFY " + range.fromJfy() + "–" + range.toJfy();
        }
    }

    record Result(Case dashboardCase, String panel, Timings timings, int statements) {
    }

    private final List<Panel> panels;
    private final StatementRecorder recorder;
    private final DataSource dataSource;
    private final List<Case> cases;

    DashboardScenario(DashboardService dashboard, StatementRecorder recorder, DataSource dataSource,
                      UserDetailsService userDetails) {
        this.recorder = recorder;
        this.dataSource = dataSource;
        JfyRange defaultRange = dashboard.defaultRange();
        JfyRange widest = new JfyRange(defaultRange.toJfy() - WIDEST_YEARS + 1, defaultRange.toJfy());
        CityCoopUser admin = (CityCoopUser) userDetails.loadUserByUsername("admin");
        this.panels = panels(dashboard, busiestStep(dashboard, admin));
        List<Case> all = new ArrayList<>();
        for (String username : List.of(BenchmarkData.leadUser(1), "admin")) {
            CityCoopUser user = (CityCoopUser) userDetails.loadUserByUsername(username);
            String actor = username.equals("admin") ? "admin (all projects)" : "manager " + username;
            all.add(new Case(actor, user, "default", defaultRange));
            all.add(new Case(actor, user, "widest", widest));
        }
        this.cases = List.copyOf(all);
    }

    /** {@code waitingStep}: the step whose list of waiting projects is measured. */
    static List<Panel> panels(DashboardService dashboard, String waitingStep) {
        return List.of(
                new Panel("Process diagram: projects at each step", (range, user) -> dashboard.projectsAtSteps(user)),
                new Panel("Projects waiting at the busiest step", (range, user) -> dashboard.projectsWaitingAt(waitingStep, user)),
                new Panel("Projects by region × JFY", dashboard::projectsByRegion),
                new Panel("Projects by lead organisation", dashboard::projectsByLeadOrganisation),
                new Panel("Projects by theme", dashboard::projectsByTheme),
                new Panel("Trainees by country", dashboard::traineesByCountry),
                new Panel("Dispatches by country", dashboard::dispatchesByCountry),
                new Panel("Funding pipeline", dashboard::fundingPipeline),
                new Panel("Follow-up punctuality", dashboard::followUpPunctuality),
                new Panel("Cycle time by phase", dashboard::cycleTimeByPhase));
    }

    /** The step of the main process where most projects wait: its list is the longest to find. */
    static String busiestStep(DashboardService dashboard, CityCoopUser admin) {
        return dashboard.projectsAtSteps(admin).steps().stream().max(Comparator.comparingLong(ProcessSteps.Step::waiting))
                .orElseThrow().stepId();
    }

    List<Case> cases() {
        return cases;
    }

    /**
     * Each panel, then the whole dashboard: warm-up, then {@code iterations} measured calls each, or
     * fewer where they would take longer than {@code budgetSeconds} (the samples column says so): a
     * panel that takes seconds would otherwise hold the shared machine for the better part of an hour.
     */
    List<Result> measure(Case dashboardCase, int warmUp, int iterations, int budgetSeconds) {
        List<Result> results = new ArrayList<>();
        for (Panel panel : panels) {
            results.add(measure(dashboardCase, panel.name(), () -> panel.figure().apply(dashboardCase.range(), dashboardCase.user()),
                    warmUp, iterations, budgetSeconds));
        }
        results.add(measure(dashboardCase, WHOLE_DASHBOARD, () -> wholeDashboard(dashboardCase), warmUp, iterations,
                budgetSeconds));
        return results;
    }

    private Result measure(Case dashboardCase, String panel, Runnable call, int warmUp, int iterations, int budgetSeconds) {
        long warmUpEnd = System.nanoTime() + budgetSeconds * 250_000_000L;
        for (int i = 0; i < warmUp && System.nanoTime() < warmUpEnd; i++) {
            call.run();
        }
        long[] nanos = new long[iterations];
        int measured = 0;
        long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        while (measured < iterations && (measured == 0 || System.nanoTime() < end)) {
            long start = System.nanoTime();
            call.run();
            nanos[measured++] = System.nanoTime() - start;
        }
        return new Result(dashboardCase, panel, Timings.of(Arrays.copyOf(nanos, measured)), recorder.record(call).size());
    }

    private void wholeDashboard(Case dashboardCase) {
        panels.forEach(panel -> panel.figure().apply(dashboardCase.range(), dashboardCase.user()));
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of every query each panel sends, one run each. */
    List<QueryPlans.Plan> plans(Case dashboardCase) throws SQLException {
        List<QueryPlans.Plan> plans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Panel panel : panels) {
                List<SentStatement> sent = recorder.record(
                        () -> panel.figure().apply(dashboardCase.range(), dashboardCase.user()));
                for (SentStatement statement : sent) {
                    String query = statement.sql().strip().toLowerCase();
                    if (query.startsWith("select") || query.startsWith("with")) {
                        plans.add(QueryPlans.explain(connection, dashboardCase.name() + ": " + panel.name(), statement));
                    }
                }
            }
        }
        return plans;
    }
}

package org.citycoop.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.citycoop.Application;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.dashboard.internal.CycleTimeCounts;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.funding.FundingService;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.UserAccountService;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkflowService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark of issue 8: {@code mvn -B -Pbenchmark verify} (src/docs/benchmarks.md). Starts the
 * application (engine and services; the web server listens on a free port, unused) on its own embedded PostgreSQL under
 * {@code target/benchmark/postgres}, loads the data once ({@link BenchmarkData}), measures the
 * machine's ceiling with pgbench, runs the scenarios, prints the table and writes it to
 * {@code target/benchmark/results.md}, the query plans to {@code target/benchmark/inbox-plans.txt} and
 * {@code dashboard-plans.txt}. {@code -Dbenchmark.scenarios=dashboard} (or {@code inbox}, {@code lifecycle}) runs one scenario only.
 * Never part of the tests: the class name matches no test pattern.
 */
public final class Benchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pgbenchSeconds = Integer.getInteger("benchmark.pgbench-seconds", 30);
        // which scenarios run: while working on one, skip the others' minutes
        Set<String> scenarios = Set.of(System.getProperty("benchmark.scenarios", "inbox,dashboard,lifecycle,managers,scale-out").split(","));
        Files.createDirectories(OUTPUT);
        StatementRecorder recorder = new StatementRecorder();
        // a database per size, so that each size is generated once and reused
        BenchmarkData.Size size = new BenchmarkData.Size(Integer.getInteger("benchmark.open-tasks", BenchmarkData.Size.FULL.openTasks()),
                Integer.getInteger("benchmark.historic-tasks", BenchmarkData.Size.FULL.historicTasks()));
        Path database = OUTPUT.resolve(size.databaseName());
        List<String> settings = tuning();
        try (ConfigurableApplicationContext context = start(recorder, database, settings)) {
            String loadBefore = loadAverage();
            DataSource dataSource = context.getBean(DataSource.class);
            UserDetailsService userDetails = context.getBean(UserDetailsService.class);
            progress("Data: loading it (about 5 minutes), or reusing an earlier run's");
            BenchmarkData.Generated data = new BenchmarkData(dataSource, context.getBean(OrganisationService.class),
                    context.getBean(UserAccountService.class), userDetails, context.getBean(ProjectService.class), size).load();
            progress("Data of the dashboards: adding it (about a minute), or reusing an earlier run's");
            double dashboardDataSeconds = new DashboardData(dataSource, context.getBean(WorkflowService.class)
                    .taskKeysByPhase().values().stream().flatMap(List::stream).distinct().toList()).load();
            progress("Cycle time: counting the history afresh (about a minute)");
            double cycleTimeCountSeconds = countCycleTimes(context);
            progress("Ceiling: pgbench for " + pgbenchSeconds + " s");
            PgbenchCeiling.Ceiling ceiling = new PgbenchCeiling(dataSource,
                    context.getBean(EmbeddedPostgres.class).getPort(), OUTPUT).measure(pgbenchSeconds);
            List<InboxScenario.Result> inbox = new ArrayList<>();
            List<QueryPlans.Plan> inboxPlans = new ArrayList<>();
            if (scenarios.contains("inbox")) {
                runInbox(context, recorder, inbox, inboxPlans);
            }
            List<DashboardScenario.Result> dashboard = new ArrayList<>();
            if (scenarios.contains("dashboard")) {
                runDashboard(context, recorder, dashboard);
            }
            // last, so that the projects it adds (cancelled at its end) do not change what the others count
            LifecycleRuns lifecycle = scenarios.contains("lifecycle") ? runLifecycle(context, recorder, scenarios, settings) : null;
            String table = new ResultsTable(data, dashboardDataSeconds, cycleTimeCountSeconds, ceiling, inbox, slowest(inboxPlans), dashboard,
                    settings(dataSource), "before " + loadBefore + "; after " + loadAverage(), lifecycle).markdown();
            Files.writeString(OUTPUT.resolve("results.md"), table);
            System.out.println(table);
        }
    }

    private static void runInbox(ConfigurableApplicationContext context, StatementRecorder recorder,
                                 List<InboxScenario.Result> results, List<QueryPlans.Plan> plans) throws Exception {
        int iterations = Integer.getInteger("benchmark.iterations", 500);
        int warmUp = Integer.getInteger("benchmark.warm-up", 200);
        InboxScenario inbox = new InboxScenario(context.getBean(WorkflowService.class),
                context.getBean(TaskSubjectLookup.class), recorder, context.getBean(DataSource.class),
                context.getBean(UserDetailsService.class));
        for (InboxScenario.Case inboxCase : InboxScenario.CASES) {
            progress("Inbox: " + inboxCase.name());
            results.add(inbox.measure(inboxCase, warmUp, iterations));
            plans.addAll(inbox.plans(inboxCase));
        }
        QueryPlans.writePlans(plans, OUTPUT.resolve("inbox-plans.txt"));
    }

    private static void runDashboard(ConfigurableApplicationContext context, StatementRecorder recorder,
                                     List<DashboardScenario.Result> results) throws Exception {
        int iterations = Integer.getInteger("benchmark.dashboard-iterations", 200);
        int warmUp = Integer.getInteger("benchmark.dashboard-warm-up", 20);
        int budgetSeconds = Integer.getInteger("benchmark.dashboard-seconds", 45);
        DashboardScenario dashboard = new DashboardScenario(context.getBean(DashboardService.class), recorder,
                context.getBean(DataSource.class), context.getBean(UserDetailsService.class));
        List<QueryPlans.Plan> plans = new ArrayList<>();
        for (DashboardScenario.Case dashboardCase : dashboard.cases()) {
            progress("Dashboard: " + dashboardCase.name());
            plans.addAll(dashboard.plans(dashboardCase));
            results.addAll(dashboard.measure(dashboardCase, warmUp, iterations, budgetSeconds));
        }
        QueryPlans.writePlans(plans, OUTPUT.resolve("dashboard-plans.txt"));
    }

    /**
     * The lifecycle on this node alone; then, as chosen, again with {@link ManagerRefreshes} beside it, and split
     * across two nodes ({@link ScaleOutScenario}). Each run drives new projects and cancels them at its end.
     */
    private static LifecycleRuns runLifecycle(ConfigurableApplicationContext context, StatementRecorder recorder, Set<String> scenarios,
                                              List<String> settings) throws Exception {
        int warmUpSeconds = Integer.getInteger("benchmark.lifecycle-warm-up-seconds", 180);
        int seconds = Integer.getInteger("benchmark.lifecycle-seconds", 60);
        progress("Lifecycle: " + LifecycleScenario.THREADS + " workers, " + warmUpSeconds + " s warm-up, " + seconds + " s measured");
        LifecycleScenario.Result alone = lifecycleScenario(context, recorder).measure(warmUpSeconds, seconds);
        LifecycleScenario.Result withManagers = null;
        ManagerRefreshes.Refreshed refreshed = null;
        if (scenarios.contains("managers")) {
            progress("Lifecycle again, " + ManagerRefreshes.MANAGERS + " managers refreshing their dashboards every "
                    + ManagerRefreshes.EVERY_SECONDS + " s beside it");
            try (ManagerRefreshes managers = managerRefreshes(context)) {
                managers.start();
                withManagers = lifecycleScenario(context, recorder).measure(warmUpSeconds, seconds);
                refreshed = managers.refreshed();
            }
        }
        ScaleOutScenario.Result scaleOut = null;
        if (scenarios.contains("scale-out")) {
            progress("Lifecycle on two nodes: node B starting, then " + warmUpSeconds + " s warm-up, " + seconds + " s measured");
            LifecycleScenario nodeA = new LifecycleScenario(lifecyclePath(context), context.getBean(ProjectLifecycleService.class),
                    recorder, context.getBean(DataSource.class), context.getBean(UserDetailsService.class), ScaleOutScenario.NODE_A_WORKERS);
            scaleOut = new ScaleOutScenario(nodeA, context.getBean(DataSource.class), settings, OUTPUT).measure(warmUpSeconds, seconds);
        }
        return new LifecycleRuns(alone, withManagers, refreshed, scaleOut);
    }

    /** What the lifecycle runs measured; null where a run was not chosen. */
    record LifecycleRuns(LifecycleScenario.Result alone, LifecycleScenario.Result withManagers, ManagerRefreshes.Refreshed refreshed,
                         ScaleOutScenario.Result scaleOut) { }

    private static LifecycleScenario lifecycleScenario(ConfigurableApplicationContext context, StatementRecorder recorder) {
        return new LifecycleScenario(lifecyclePath(context), context.getBean(ProjectLifecycleService.class), recorder,
                context.getBean(DataSource.class), context.getBean(UserDetailsService.class));
    }

    static LifecyclePath lifecyclePath(ConfigurableApplicationContext context) {
        return new LifecyclePath(context.getBean(ProjectService.class), context.getBean(ProjectLifecycleService.class),
                context.getBean(FundingService.class), context.getBean(ImplementationService.class),
                context.getBean(WorkflowService.class));
    }

    /** The managers of the first benchmark municipalities (the lifecycle's workers are the last ones). */
    private static ManagerRefreshes managerRefreshes(ConfigurableApplicationContext context) {
        DashboardService dashboard = context.getBean(DashboardService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        CityCoopUser admin = (CityCoopUser) users.loadUserByUsername("admin");
        List<CityCoopUser> managers = IntStream.rangeClosed(1, ManagerRefreshes.MANAGERS)
                .mapToObj(lead -> (CityCoopUser) users.loadUserByUsername(BenchmarkData.leadUser(lead))).toList();
        return new ManagerRefreshes(DashboardScenario.panels(dashboard, DashboardScenario.busiestStep(dashboard, admin)),
                dashboard.defaultRange(), managers);
    }

    /** The data above was written past the engine's history handler: the counts start from it, as after an upgrade. */
    private static double countCycleTimes(ConfigurableApplicationContext context) {
        long start = System.nanoTime();
        context.getBean(CycleTimeCounts.class).rebuild(context.getBean(WorkflowService.class).taskKeysByPhase(), false);
        return (System.nanoTime() - start) / 1e9;
    }

    private static QueryPlans.Plan slowest(List<QueryPlans.Plan> plans) {
        return plans.stream().max(Comparator.comparingDouble(QueryPlans.Plan::executionMs)).orElse(null);
    }

    /** The machine's load average (1, 5, 15 minutes): the other builds on the shared cores. */
    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3)) : "unknown";
    }

    private static void progress(String step) {
        System.out.println("[benchmark] " + java.time.LocalTime.now().withNano(0) + " " + step);
    }

    private static ConfigurableApplicationContext start(StatementRecorder recorder, Path database, List<String> tuning) {
        List<String> settings = new ArrayList<>(List.of("--citycoop.embedded-db.data-dir=" + database.toAbsolutePath()));
        settings.addAll(tuning);
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(recorder))
                .run(nodeSettings("node-a", settings.toArray(String[]::new)));
    }

    /**
     * {@code -Dbenchmark.settings=camunda.bpm.history-level=audit,spring.datasource.hikari.maximum-pool-size=10}: the
     * application settings whose effect is measured, for every node of the run; none by default.
     */
    private static List<String> tuning() {
        return Stream.of(System.getProperty("benchmark.settings", "").split(",")).map(String::strip)
                .filter(setting -> !setting.isEmpty()).map(setting -> "--" + setting).toList();
    }

    /** The settings of every node of the benchmark: {@code hostname} names the node in the engine's job log. */
    static String[] nodeSettings(String hostname, String... more) {
        List<String> settings = new ArrayList<>(List.of(
                // Vaadin's and Camunda's security chains need a servlet context; no client talks to it
                "--server.port=0",
                // the deadline watch would send reminders for the generated overdue tasks while we measure
                "--citycoop.deadline-watch.initial-delay=PT24H",
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    private static String settings(DataSource dataSource) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var sql = connection.createStatement();
             var found = sql.executeQuery("""
                     select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings
                     where name in ('server_version', 'shared_buffers', 'work_mem', 'synchronous_commit', 'max_connections',
                                    'random_page_cost', 'effective_cache_size')""")) {
            found.next();
            return found.getString(1);
        }
    }
}

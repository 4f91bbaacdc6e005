package org.citycoop.benchmark;

import java.util.List;
import java.util.Locale;

/** The benchmark's results as Markdown: what was loaded, the ceiling, and each scenario against its target. */
record ResultsTable(BenchmarkData.Generated data, double dashboardDataSeconds, double cycleTimeCountSeconds, PgbenchCeiling.Ceiling ceiling,
                    List<InboxScenario.Result> inbox, QueryPlans.Plan slowest, List<DashboardScenario.Result> dashboard,
                    String settings, String loadAverage, Benchmark.LifecycleRuns lifecycle) {

    static final double INBOX_TARGET_MS = 20;
    static final double DASHBOARD_TARGET_MS = 300;

    String markdown() {
        StringBuilder out = new StringBuilder("# CityCoop benchmark results\n\n");
        out.append(format("PostgreSQL: %s%n%n", settings));
        out.append(format("Machine load average (1, 5, 15 min): %s%n%n", loadAverage));
        out.append("## Data\n\n");
        if (data.reused()) {
            out.append("Reused the database of an earlier run (delete `target/benchmark/postgres` to generate again).\n\n");
        } else {
            out.append(format("Proposed through the services and the engine: %d projects in %.1f s (%.1f/s). "
                            + "Replicated in SQL from the engine's rows: %d open tasks with their process instances, "
                            + "candidate groups, projects and history in %.1f s (DD013).%n%n",
                    data.proposals(), data.proposalSeconds(), data.proposals() / data.proposalSeconds(),
                    data.replicatedTasks(), data.replicationSeconds()));
        }
        out.append(dashboardDataSeconds > 0
                ? format("Added the dashboards' data in SQL in %.1f s (DashboardData).%n%n", dashboardDataSeconds)
                : "The dashboards' data was there already (DashboardData).\n\n");
        out.append(format("Counted the cycle time's history afresh in %.1f s (CycleTimeCounts.rebuild, DD022: what the first start "
                + "after the upgrade to V24 costs a database of this size).%n%n", cycleTimeCountSeconds));
        out.append(format("| open tasks | completed historic tasks | projects |%n|---:|---:|---:|%n| %,d | %,d | %,d |%n%n",
                data.openTasks(), data.historicTasks(), data.projects()));
        out.append("## Ceiling\n\n");
        out.append(format("pgbench TPC-B-like, %d clients, %d s, default settings: **%.0f TPS**%n%n",
                ceiling.clients(), ceiling.seconds(), ceiling.tps()));
        if (!inbox.isEmpty()) {
            inboxSection(out);
        }
        if (!dashboard.isEmpty()) {
            dashboardSection(out);
        }
        if (lifecycle != null) {
            new LifecycleSection(lifecycle.alone(), ceiling).appendTo(out);
            if (lifecycle.withManagers() != null) {
                new ManagersSection(lifecycle.alone(), lifecycle.withManagers(), lifecycle.refreshed()).appendTo(out);
            }
            if (lifecycle.scaleOut() != null) {
                new ScaleOutSection(lifecycle.alone(), lifecycle.scaleOut(), ceiling).appendTo(out);
            }
        }
        return out.toString();
    }

    private void inboxSection(StringBuilder out) {
        out.append("## Inbox: a page of ").append(InboxScenario.PAGE)
                .append(" with its count and project titles, users with three groups (target p95 < 20 ms)\n\n");
        out.append("| view | tasks counted | p50 ms | p95 ms | p99 ms | max ms | samples | SQL statements per page | p95 < 20 ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (InboxScenario.Result result : inbox) {
            Timings timings = result.timings();
            out.append(format("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %d | %d | %s |%n", result.inboxCase().name(),
                    result.count(), timings.p50(), timings.p95(), timings.p99(), timings.max(), timings.samples(),
                    result.statements(), timings.p95() < INBOX_TARGET_MS ? "yes" : "**no**"));
        }
        out.append(format("%nSlowest statement of a page (%s, %.1f ms), its plan:%n%n```%n%s%n%s```%n",
                slowest.caseName(), slowest.executionMs(), slowest.sql().strip().replaceAll("\\s+", " "), slowest.text()));
        out.append("\nAll plans: `target/benchmark/inbox-plans.txt`.\n");
    }

    private void dashboardSection(StringBuilder out) {
        out.append(format("%n## Dashboards: each panel, and all of them as the screen asks (target p95 < %.0f ms)%n%n",
                DASHBOARD_TARGET_MS));
        out.append("| who, range | panel | p50 ms | p95 ms | p99 ms | max ms | samples | SQL statements | p95 < 300 ms |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (DashboardScenario.Result result : dashboard) {
            Timings timings = result.timings();
            boolean whole = result.panel().equals(DashboardScenario.WHOLE_DASHBOARD);
            out.append(format("| %s | %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %s |%n", result.dashboardCase().name(),
                    whole ? "**" + result.panel() + "**" : result.panel(), timings.p50(), timings.p95(), timings.p99(),
                    timings.max(), timings.samples(), result.statements(),
                    whole ? "(sum)" : timings.p95() < DASHBOARD_TARGET_MS ? "yes" : "**no**"));
        }
        out.append("\nPlans of every panel's statements: `target/benchmark/dashboard-plans.txt`.\n");
    }

    static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}

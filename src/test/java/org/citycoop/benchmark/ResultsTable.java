package org.citycoop.benchmark;

import java.util.List;
import java.util.Locale;

/** The benchmark's results as Markdown: what was loaded, the ceiling, and each scenario against its target. */
record ResultsTable(BenchmarkData.Generated data, PgbenchCeiling.Ceiling ceiling, List<InboxScenario.Result> inbox,
                    InboxScenario.Plan slowest, String settings) {

    static final double INBOX_TARGET_MS = 20;

    String markdown() {
        StringBuilder out = new StringBuilder("# CityCoop benchmark results\n\n");
        out.append(format("PostgreSQL: %s%n%n", settings));
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
        out.append(format("| open tasks | completed historic tasks | projects |%n|---:|---:|---:|%n| %,d | %,d | %,d |%n%n",
                data.openTasks(), data.historicTasks(), data.projects()));
        out.append("## Ceiling\n\n");
        out.append(format("pgbench TPC-B-like, %d clients, %d s, default settings: **%.0f TPS**%n%n",
                ceiling.clients(), ceiling.seconds(), ceiling.tps()));
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
        return out.toString();
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}

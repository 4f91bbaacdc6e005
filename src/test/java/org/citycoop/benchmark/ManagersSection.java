package org.citycoop.benchmark;

import static org.citycoop.benchmark.ResultsTable.format;

/** The lifecycle's throughput alone and with the managers' refreshes beside it (target: at most 10 % lower). */
record ManagersSection(LifecycleScenario.Result alone, LifecycleScenario.Result withManagers, ManagerRefreshes.Refreshed refreshed) {

    static final double TARGET_COST = 0.10;

    void appendTo(StringBuilder out) {
        double cost = 1 - withManagers.completionsPerSecond() / alone.completionsPerSecond();
        out.append(format("%n## Lifecycle beside %d managers refreshing their dashboards every %d s (target: throughput at most %.0f %% lower)%n%n",
                ManagerRefreshes.MANAGERS, ManagerRefreshes.EVERY_SECONDS, TARGET_COST * 100));
        out.append("| run | completions/s | p95 ms per completion | machine busy | errors |\n|---|---:|---:|---:|---:|\n");
        row(out, "lifecycle alone", alone);
        row(out, "with the managers", withManagers);
        out.append(format("%nCost of the managers: **%.1f %%** of the throughput (%s).%n%n", cost * 100,
                cost <= TARGET_COST ? "within the target" : "**over the target**"));
        Timings timings = refreshed.timings();
        out.append(format("Refreshes during the run (warm-up and sample included): %d, errors %d; whole dashboard per refresh: "
                        + "p50 %s ms, p95 %s ms, max %s ms.%n", refreshed.refreshes(), refreshed.errors(),
                timings == null ? "—" : format("%.1f", timings.p50()), timings == null ? "—" : format("%.1f", timings.p95()),
                timings == null ? "—" : format("%.1f", timings.max())));
    }

    private static void row(StringBuilder out, String run, LifecycleScenario.Result result) {
        out.append(format("| %s | %.1f | %s | %.0f %% | %d |%n", run, result.completionsPerSecond(),
                result.completion() == null ? "—" : format("%.1f", result.completion().p95()),
                result.usage().machineBusyShare() * 100, result.errors()));
    }
}

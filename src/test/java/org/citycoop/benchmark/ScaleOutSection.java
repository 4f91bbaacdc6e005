package org.citycoop.benchmark;

import static org.citycoop.benchmark.ResultsTable.format;

/** One node beside two: throughput, latency, what each cost, and the history's checks of the two-node run. */
record ScaleOutSection(LifecycleScenario.Result oneNode, ScaleOutScenario.Result twoNodes, PgbenchCeiling.Ceiling ceiling) {

    void appendTo(StringBuilder out) {
        out.append(format("%n## Scale-out: the same %d workers on one node, then split 4 + 4 across two nodes on one PostgreSQL%n%n",
                LifecycleScenario.THREADS));
        out.append("| run | completions/s | projects/s | p95 ms per completion | completions/s ÷ pgbench TPS | JVM CPU ms per completion "
                + "| PostgreSQL CPU ms per completion | machine busy | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        ResourceUse.Usage one = oneNode.usage();
        out.append(format("| one node | %.1f | %.2f | %s | %.1f %% | %.1f | %.1f | %.0f %% | %d |%n", oneNode.completionsPerSecond(),
                oneNode.projectsPerSecond(), p95(oneNode.completion()), oneNode.completionsPerSecond() / ceiling.tps() * 100,
                one.jvmCpuSeconds() * 1000 / oneNode.completions(), one.databaseCpuSeconds() * 1000 / oneNode.completions(),
                one.machineBusyShare() * 100, oneNode.errors()));
        NodeShare a = twoNodes.nodeA();
        NodeShare b = twoNodes.nodeB();
        long completions = a.completionNanos().length + b.completionNanos().length;
        out.append(format("| two nodes (A + B) | %.1f | %.2f | %s | %.1f %% | %.1f | %.1f | %.0f %% | %d |%n",
                twoNodes.completionsPerSecond(), a.projects() / a.seconds() + b.projects() / b.seconds(), p95(twoNodes.completion()),
                twoNodes.completionsPerSecond() / ceiling.tps() * 100, (a.jvmCpuSeconds() + b.jvmCpuSeconds()) * 1000 / completions,
                a.databaseCpuSeconds() * 1000 / completions, a.machineBusyShare() * 100, a.errors() + b.errors()));
        out.append(format("%nTwo nodes ÷ one node: **%.2f×** the completions per second. Node A %.1f/s, node B %.1f/s.%n%n",
                twoNodes.completionsPerSecond() / oneNode.completionsPerSecond(), a.completionsPerSecond(), b.completionsPerSecond()));
        ScaleOutScenario.Checks checks = twoNodes.checks();
        out.append(format("""
                        Checked in the history of the two-node run's projects:

                        - completed tasks in the history: %d; completion calls that returned on both nodes: %d (%s)
                        - a task completed twice in one process instance: %d
                        - jobs that ran: %d; successfully more than once: %d; failed at least once: %d
                        - successful jobs by node (the engine's hostname): %s
                        """, checks.completedInHistory(), checks.completionCalls(),
                checks.completedInHistory() == checks.completionCalls() ? "equal" : "**not equal**", checks.completedTwice(),
                checks.jobsRun(), checks.jobsRunTwice(), checks.jobsFailed(), checks.jobsByNode()));
        a.firstErrors().forEach(error -> out.append("\n- node A error: ").append(error));
        b.firstErrors().forEach(error -> out.append("\n- node B error: ").append(error));
        out.append('\n');
    }

    private static String p95(Timings timings) {
        return timings == null ? "—" : format("%.1f", timings.p95());
    }
}

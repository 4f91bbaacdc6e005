package org.citycoop.benchmark;

import static org.citycoop.benchmark.ResultsTable.format;

import java.util.Map;

/** The lifecycle scenario's part of the results: throughput against the pgbench ceiling, each step, and what it cost. */
record LifecycleSection(LifecycleScenario.Result result, PgbenchCeiling.Ceiling ceiling) {

    void appendTo(StringBuilder out) {
        ResourceUse.Usage usage = result.usage();
        double share = result.completionsPerSecond() / ceiling.tps();
        out.append(format("%n## Lifecycle throughput: %d workers through the real services and models (target ≥ %.0f %% of pgbench TPS)%n%n",
                result.threads(), LifecycleScenario.TARGET_SHARE_OF_PGBENCH * 100));
        out.append("| completions/s | projects/s | completions | projects | p50 ms | p95 ms | p99 ms | SQL statements per completion "
                + "| pgbench TPS | completions/s ÷ TPS | ≥ 25 % | errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        Timings completion = result.completion();
        out.append(format("| %.1f | %.2f | %d | %d | %s | %s | %s | %.1f | %.0f | %.1f %% | %s | %d |%n%n",
                result.completionsPerSecond(), result.projectsPerSecond(), result.completions(), result.projects(),
                ms(completion == null ? null : completion.p50()), ms(completion == null ? null : completion.p95()),
                ms(completion == null ? null : completion.p99()), result.statementsPerCompletion(), ceiling.tps(), share * 100,
                share >= LifecycleScenario.TARGET_SHARE_OF_PGBENCH ? "yes" : "**no**", result.errors()));
        LifecycleScenario.NotificationCost notifications = result.notifications();
        out.append(format("Notifications per new task (DD023): %.2f rows (%d rows for %d new tasks of the sample, one per member of "
                        + "the task's group); %.1f of the %.1f SQL statements per completion serve them (%.1f %%).%n%n",
                notifications.perNewTask(), notifications.notifications(), notifications.newTasks(),
                notifications.statementsPerCompletion(), result.statementsPerCompletion(),
                notifications.statementsPerCompletion() / result.statementsPerCompletion() * 100));
        out.append(format("Measured for %.1f s after %.0f s of warm-up. Per completion: JVM CPU %.2f ms, PostgreSQL CPU %.2f ms, "
                        + "%.2f transactions committed (all the database's, the job executor's included); the machine's %d cores "
                        + "were %.0f %% busy (every process on it, not only this one).%n%n",
                usage.seconds(), result.warmUpSeconds(), perCompletion(usage.jvmCpuSeconds() * 1000),
                perCompletion(usage.databaseCpuSeconds() * 1000), perCompletion(usage.commits()), usage.cores(),
                usage.machineBusyShare() * 100));
        if (result.submissionWait() != null) {
            out.append(format("From the internal approval to the agency's screening (the submission job, then finding its task): "
                    + "p50 %.1f ms, p95 %.1f ms.%n%n", result.submissionWait().p50(), result.submissionWait().p95()));
        }
        out.append("| step | who | calls in the window | p50 ms | p95 ms | max ms | SQL statements (sample) |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (LifecycleScenario.StepResult step : result.steps()) {
            Timings timings = step.timings();
            out.append(format("| %s | %s | %d | %s | %s | %s | %.1f |%n", step.step().name(), step.step().completesTask() ? "task" : "start",
                    timings == null ? 0 : timings.samples(), ms(timings == null ? null : timings.p50()),
                    ms(timings == null ? null : timings.p95()), ms(timings == null ? null : timings.max()), step.statements()));
        }
        out.append("\nStatements per completion by kind (sample, most first):\n\n| statement | per completion |\n|---|---:|\n");
        result.statementKinds().entrySet().stream().limit(25)
                .forEach(kind -> out.append(format("| `%s` | %.2f |%n", kind.getKey(), kind.getValue())));
        out.append("\nThe database's client connections, sampled every 100 ms in the window (mean number in each state):\n\n"
                + "| state | connections |\n|---|---:|\n");
        for (Map.Entry<String, Double> state : usage.connections().entrySet()) {
            out.append(format("| %s | %.2f |%n", state.getKey(), state.getValue()));
        }
        out.append(format("%nThe slowest reads of the sampled completions (`EXPLAIN ANALYZE` afterwards; all: `%s`):%n%n", LifecycleScenario.PLANS));
        result.slowestReads().forEach(plan -> out.append(format("- %.2f ms: %s%n", plan.executionMs(), shortened(plan.caseName()))));
        out.append(format("%nCancelled afterwards: %d projects (every one driven).%n", result.cancelled()));
        result.firstErrors().forEach(error -> out.append("\n- error: ").append(error));
        out.append('\n');
    }

    private double perCompletion(double total) {
        return result.completions() == 0 ? Double.NaN : total / result.completions();
    }

    /** A step and its statement on one line, cut at 300 characters. */
    private static String shortened(String stepAndSql) {
        String line = stepAndSql.replaceAll("\\s+", " ");
        return line.substring(0, Math.min(300, line.length()));
    }

    private static String ms(Double value) {
        return value == null ? "—" : format("%.1f", value);
    }
}

package org.citycoop.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Issue 8, item 7: the lifecycle load split across two application nodes on one PostgreSQL, a Camunda
 * homogeneous cluster. This JVM is node A: it drives workers 0–3, while a second JVM ({@link BenchmarkNode},
 * node B, on this run's database) drives workers 4–7 with the same crews, over the same window on the wall
 * clock. Both job executors run any job. Afterwards the history is checked: as many completed tasks as
 * completion calls returned on both nodes, no task completed twice in a process instance, every job run once.
 */
final class ScaleOutScenario {

    static final List<Integer> NODE_A_WORKERS = IntStream.range(0, LifecycleScenario.THREADS / 2).boxed().toList();
    static final List<Integer> NODE_B_WORKERS = IntStream.range(LifecycleScenario.THREADS / 2, LifecycleScenario.THREADS).boxed().toList();
    private static final long START_SECONDS = 300;
    /** After its window node B cancels its projects, which takes a while on a busy machine. */
    private static final long FINISH_SECONDS = 600;

    /** What the history says of the run's projects. */
    /**
     * {@code jobsRun}: the jobs that ran (a task's deadline timer, removed unrun when the task is completed, is not
     * among them); {@code jobsByNode}: the node that ran each successfully.
     */
    record Checks(long completedInHistory, long completionCalls, long completedTwice, long jobsRun, long jobsRunTwice, long jobsFailed,
                  Map<String, Long> jobsByNode) { }

    record Result(NodeShare nodeA, NodeShare nodeB, Checks checks) {

        double completionsPerSecond() {
            return nodeA.completionsPerSecond() + nodeB.completionsPerSecond();
        }

        Timings completion() {
            long[] both = new long[nodeA.completionNanos().length + nodeB.completionNanos().length];
            System.arraycopy(nodeA.completionNanos(), 0, both, 0, nodeA.completionNanos().length);
            System.arraycopy(nodeB.completionNanos(), 0, both, nodeA.completionNanos().length, nodeB.completionNanos().length);
            return both.length == 0 ? null : Timings.of(both);
        }
    }

    private final LifecycleScenario nodeA;
    private final DataSource dataSource;
    private final List<String> settings;
    private final Path output;

    /** {@code settings}: node A's command-line settings that node B must share (the tuning measured, the pool). */
    ScaleOutScenario(LifecycleScenario nodeA, DataSource dataSource, List<String> settings, Path output) {
        this.nodeA = nodeA;
        this.dataSource = dataSource;
        this.settings = settings;
        this.output = output;
    }

    Result measure(int warmUpSeconds, int seconds) throws Exception {
        Path ready = output.resolve("node-b.ready");
        Path shareFile = output.resolve("node-b.share");
        Files.deleteIfExists(ready);
        Files.deleteIfExists(shareFile);
        Process nodeB = launchNodeB(ready, shareFile);
        try {
            awaitFile(ready, nodeB, START_SECONDS);
            Window window = Window.after(warmUpSeconds, seconds);
            PrintWriter commands = new PrintWriter(nodeB.outputWriter(StandardCharsets.UTF_8), true);
            commands.println(window.startEpochMillis() + " " + window.seconds());
            NodeShare shareA = nodeA.driveShare(window);
            awaitFile(shareFile, nodeB, FINISH_SECONDS);
            NodeShare shareB = NodeShare.read(shareFile);
            List<String> codes = new ArrayList<>(shareA.codes());
            codes.addAll(shareB.codes());
            return new Result(shareA, shareB, check(codes, shareA.completionCalls() + shareB.completionCalls()));
        } finally {
            nodeB.destroy();
            nodeB.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process launchNodeB(Path ready, Path shareFile) throws IOException, SQLException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), BenchmarkNode.class.getName(),
                ready.toAbsolutePath().toString(), shareFile.toAbsolutePath().toString()));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.resolve("node-b.log").toFile());
        builder.environment().put("CITYCOOP_DB_URL", jdbcUrl());
        builder.environment().put("CITYCOOP_DB_USER", "postgres");
        builder.environment().put("CITYCOOP_DB_PASSWORD", "");
        return builder.start();
    }

    private String jdbcUrl() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static void awaitFile(Path file, Process node, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Files.exists(file)) {
            if (!node.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Node B wrote no " + file.getFileName() + " (see target/benchmark/node-b.log)");
            }
            Thread.sleep(500);
        }
    }

    private Checks check(List<String> codes, long completionCalls) throws SQLException {
        String runTasks = """
                from act_hi_taskinst t
                where t.root_proc_inst_id_ in (select id_ from act_hi_procinst where business_key_ = any (?))
                      and t.delete_reason_ = 'completed'""";
        long completed = count("select count(*) " + runTasks, codes);
        long completedTwice = count("select count(*) from (select 1 " + runTasks
                + " group by t.proc_inst_id_, t.task_def_key_ having count(*) > 1) twice", codes);
        Map<String, Long> jobsByNode = new TreeMap<>();
        long jobs = 0;
        long runTwice = 0;
        long failed = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select count(*) filter (where l.job_state_ = 2), count(*) filter (where l.job_state_ = 1),
                       coalesce(max(l.hostname_) filter (where l.job_state_ = 2), 'none')
                from act_hi_job_log l
                where l.root_proc_inst_id_ in (select id_ from act_hi_procinst where business_key_ = any (?))
                group by l.job_id_ having count(*) filter (where l.job_state_ in (1, 2)) > 0""")) {
            query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet job = query.executeQuery()) {
                while (job.next()) {
                    jobs++;
                    runTwice += job.getLong(1) > 1 ? 1 : 0;
                    failed += job.getLong(2) > 0 ? 1 : 0;
                    jobsByNode.merge(job.getString(3), 1L, Long::sum);
                }
            }
        }
        return new Checks(completed, completionCalls, completedTwice, jobs, runTwice, failed, jobsByNode);
    }

    private long count(String sql, List<String> codes) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        }
    }
}

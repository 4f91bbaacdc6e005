package org.citycoop.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What a measured window cost the machine, to say what limits a throughput: CPU seconds of this JVM and
 * of the PostgreSQL server's processes (from {@code /proc}), the machine's busy share of its cores,
 * transactions committed by the database, and what the database's client connections were doing, sampled
 * from {@code pg_stat_activity}: running (on a core or waiting for one), waiting for a lock, for I/O, or
 * idle inside a transaction while the JVM works.
 */
final class ResourceUse {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_SECOND = 100;

    record Usage(double seconds, double jvmCpuSeconds, double databaseCpuSeconds, double machineBusyShare, int cores,
                 long commits, Map<String, Double> connections) { }

    /** Where counting started. */
    private record Start(long nanos, long jvmCpuNanos, double databaseCpuSeconds, long[] machine, long commits) { }

    private final DataSource dataSource;
    private final long postmaster;
    private final Map<String, Long> connectionSamples = new TreeMap<>();
    private int samples;
    private Start start;

    ResourceUse(DataSource dataSource) throws SQLException, IOException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet backend = sql.executeQuery("select pg_backend_pid()")) {
            backend.next();
            this.postmaster = parentOf(backend.getLong(1));
        }
    }

    void begin() throws SQLException, IOException {
        start = new Start(System.nanoTime(), jvmCpuNanos(), databaseCpuSeconds(), machineTicks(), commits());
    }

    /** One look at what the client connections of the benchmark's database do right now. */
    void sample() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet states = sql.executeQuery("""
                     select case when state = 'idle in transaction' then 'idle in transaction (JVM working)'
                                 when wait_event_type is null then 'running (on a core or waiting for one)'
                                 else 'waiting: ' || wait_event_type || ' ' || wait_event end, count(*)
                     from pg_stat_activity
                     where backend_type = 'client backend' and datname = current_database() and pid <> pg_backend_pid()
                           and state <> 'idle'
                     group by 1""")) {
            while (states.next()) {
                connectionSamples.merge(states.getString(1), states.getLong(2), Long::sum);
            }
            samples++;
        }
    }

    Usage end() throws SQLException, IOException {
        long[] machine = machineTicks();
        long busy = machine[0] - start.machine()[0];
        long all = busy + machine[1] - start.machine()[1];
        Map<String, Double> connections = new TreeMap<>();
        connectionSamples.forEach((state, count) -> connections.put(state, count / (double) Math.max(1, samples)));
        return new Usage((System.nanoTime() - start.nanos()) / 1e9, (jvmCpuNanos() - start.jvmCpuNanos()) / 1e9,
                databaseCpuSeconds() - start.databaseCpuSeconds(), all == 0 ? 0 : busy / (double) all,
                Runtime.getRuntime().availableProcessors(), commits() - start.commits(), connections);
    }

    private long commits() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet found = sql.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
            found.next();
            return found.getLong(1);
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system CPU of the postmaster and its children (backends, WAL writer, checkpointer …) now alive. */
    private double databaseCpuSeconds() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                List<String> stat = stat(process);
                if (stat.size() > 14 && (Long.parseLong(stat.get(1)) == postmaster
                        || Long.parseLong(process.getFileName().toString()) == postmaster)) {
                    ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12));
                }
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long parentOf(long pid) throws IOException {
        return Long.parseLong(stat(Path.of("/proc", String.valueOf(pid))).get(1));
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces): state, ppid, …,
     * utime at index 11 and stime at 12; empty when the process has ended meanwhile.
     */
    private static List<String> stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException ended) {
            return List.of();
        }
    }

    /** The machine's busy and idle clock ticks over all cores ({@code /proc/stat}: idle and iowait count as idle). */
    private static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        long idle = 0;
        for (int field = 1; field < cpu.length && field <= 8; field++) {
            long ticks = Long.parseLong(cpu[field]);
            if (field == 4 || field == 5) {
                idle += ticks;
            } else {
                busy += ticks;
            }
        }
        return new long[] {busy, idle};
    }
}

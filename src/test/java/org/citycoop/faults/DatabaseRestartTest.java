package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * Fault 5: PostgreSQL stops abruptly (immediate shutdown, what {@code pg_ctl stop -m immediate}
 * sends: SIGQUIT to the postmaster) while officers keep proposing projects, and is started again
 * on the same data. Outside the suite's context: the application runs in a JVM of its own
 * ({@link FaultRig}) on a PostgreSQL of this test's own, never the suite's. The requests in flight
 * fail with an error, every proposal the application confirmed is there after the restart, and the
 * application goes on by itself (its connection pool reconnects), without a restart of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartTest {

    private EmbeddedPostgres postgres;
    private Path dataDirectory;
    private String jdbcUrl;
    private RigProcess application;

    @BeforeAll
    void startPostgresAndTheApplication() throws Exception {
        dataDirectory = Files.createTempDirectory(Path.of("target"), "fault-postgres");
        // a committed transaction must survive a crash of the server: the production setting, not the embedded default (off)
        postgres = startPostgres(0);
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement create = admin.createStatement()) {
            create.execute("create database citycoop");
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "citycoop");
        application = RigProcess.start(jdbcUrl, 300_000, Path.of("target", "fault-rig-database-restart.log"));
    }

    @AfterAll
    void stopAll() throws Exception {
        if (application != null) {
            application.close();
        }
        postgres.close();
        FileSystemUtils.deleteRecursively(dataDirectory);
    }

    /** On the test's data directory, kept between starts; a committed transaction must survive a crash (the embedded default is off). */
    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").start();
    }

    @Test
    void postgresStoppedAbruptlyUnderLoadFailsTheRequestsInFlightLosesNothingCommittedAndTheApplicationRecoversByItself()
            throws Exception {
        application.send("load-start");
        int beforeStop = awaitLoad(status -> status.confirmed() >= 10).confirmed();

        stopPostgresImmediately();
        application.note("PostgreSQL stopped (immediate) after " + beforeStop + " confirmed proposals");
        awaitLoad(status -> status.failed() >= 1);
        restartPostgres();
        int afterRestart = awaitLoad(status -> true).confirmed();
        application.note("PostgreSQL started again");
        awaitLoad(status -> status.confirmed() >= afterRestart + 10);

        String[] result = application.send("load-stop").split(";");
        List<String> confirmed = Arrays.stream(result[2].split(",")).filter(code -> !code.isBlank()).toList();
        LoadStatus status = LoadStatus.parse(result[0]);
        application.note("load: " + result[0] + " errors " + result[1]);

        assertThat(status.failed()).as("requests in flight failed with an error").isPositive();
        assertThat(result[1]).as("the errors, by kind").isNotEqualTo("{}");
        assertThat(committedProposals(confirmed)).as("every confirmed proposal survived the crash").isEqualTo(confirmed.size());
        assertThat(allLoadProposals()).as("nothing appeared that was not asked for")
                .isBetween((long) confirmed.size(), (long) confirmed.size() + status.failed());
    }

    /** SIGQUIT to the postmaster, as {@code pg_ctl stop -m immediate} sends: its processes end at once, nothing is flushed. */
    private void stopPostgresImmediately() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        new ProcessBuilder("kill", "-QUIT", String.valueOf(pid)).inheritIO().start().waitFor();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            assertThat(System.nanoTime()).as("PostgreSQL stopped").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The same server on the same data directory and port: it recovers from its write-ahead log. */
    private void restartPostgres() throws Exception {
        int port = postgres.getPort();
        postgres.close();
        postgres = startPostgres(port);
    }

    private LoadStatus awaitLoad(Predicate<LoadStatus> reached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            LoadStatus status = LoadStatus.parse(application.send("load-status"));
            if (reached.test(status)) {
                return status;
            }
            assertThat(System.nanoTime()).as("the load reached the expected point; last " + status).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private long committedProposals(List<String> codes) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("select count(*) from project where code = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long allLoadProposals() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("select count(*) from project where title like 'Load %'")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** {@code confirmed=<n>,failed=<m>} as the rig reports it. */
    private record LoadStatus(int confirmed, int failed) {

        static LoadStatus parse(String status) {
            String[] parts = status.split(",");
            return new LoadStatus(Integer.parseInt(parts[0].substring(parts[0].indexOf('=') + 1)),
                    Integer.parseInt(parts[1].substring(parts[1].indexOf('=') + 1)));
        }
    }
}

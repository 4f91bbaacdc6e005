package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults 3 and 4: the application's JVM is killed with SIGKILL in the middle of a transaction, and
 * started again. Outside the suite's Spring context on purpose: the application runs in a JVM of
 * its own ({@link FaultRig}) on a PostgreSQL of this test's own, with demo data. The test holds the
 * application at an exact point of its work without any hook in the code: it locks, from its own
 * connection, a row or table the work must write next, waits until PostgreSQL shows the
 * application's statement waiting for that lock, and kills the JVM there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledJvmTest {

    /** Short, so that a job locked by a killed node is free again soon (production: 300 s, the engine's default). */
    private static final long JOB_LOCK_MILLIS = 10_000;

    private EmbeddedPostgres postgres;
    private String jdbcUrl;
    private FaultDatabase database;
    private RigProcess application;
    private int starts;

    @BeforeAll
    void startPostgresAndTheApplication() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement create = admin.createStatement()) {
            create.execute("create database citycoop");
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "citycoop");
        database = new FaultDatabase(jdbcUrl);
        startApplication();
    }

    @AfterAll
    void stopAll() throws Exception {
        if (application != null) {
            application.close();
        }
        postgres.close();
    }

    @Test
    @Order(1)
    void killedInTheMiddleOfCompletingATaskTheTaskIsStillOpenAfterRestartAndCompletingItAgainWorks() throws Exception {
        // the demo's Dalian agreement, waiting for dalian.partner
        List<String> agreement = database.row("""
                select t.id_, t.execution_id_, e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where t.task_def_key_ = 'Task_ConfirmAgreement'""");
        String taskId = agreement.get(0);
        String code = agreement.get(2);

        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            FaultDatabase.update(holder, "select 1 from act_ru_execution where id_ = ? for update", agreement.get(1));
            application.sendWithoutWaiting("confirm-agreement " + taskId + " dalian.partner");
            // the document, the agreement and the audit entry are written; the engine's flush waits
            application.note("killed while this statement waited for the test's lock: " + awaitStatementHeldBy(holder));
            application.kill();
            holder.rollback();
        }
        endConnectionsOfTheKilledApplication();

        assertTaskStillOpenAndNothingOfItSaved(taskId, code);
        startApplication();
        assertTaskStillOpenAndNothingOfItSaved(taskId, code);

        application.send("confirm-agreement " + taskId + " dalian.partner");

        assertThat(database.count("select count(*) from act_ru_task where id_ = ?", taskId)).isZero();
        assertThat(database.row("select delete_reason_ from act_hi_taskinst where id_ = ?", taskId)).containsExactly("completed");
        assertThat(database.count("""
                select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ? or t.proc_inst_id_ in (select id_ from act_ru_execution where business_key_ = ?)""",
                code, code)).as("exactly one successor").isEqualTo(1);
        assertThat(database.count("""
                select count(*) from cooperation_agreement a join document d on d.id = a.document_id
                where a.project_id = (select id from project where code = ?) and length(d.content) > 0""", code)).isEqualTo(1);
        assertThat(agreementDocuments(code)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void killedWhileTheSubmissionStepRunsTheStepRunsAgainAfterItsLockExpiresAndSubmitsOnce() throws Exception {
        String code;
        Instant lockExpiry;
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            FaultDatabase.update(holder, "lock table funding_submission in exclusive mode");
            // the manager's approval commits; the job executor takes the asynchronous submission at once
            code = application.send("approve-for-submission");
            application.note("killed while this statement waited for the test's lock: " + awaitStatementHeldBy(holder));
            List<String> lock = database.row("""
                    select j.lock_owner_, to_char(j.lock_exp_time_ at time zone current_setting('TimeZone') at time zone 'UTC',
                                                  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                    from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                    where e.business_key_ = ? and j.process_def_key_ = 'FundingApplicationProcess'""", code);
            assertThat(lock.get(0)).as("locked by the node about to die").isNotNull();
            lockExpiry = Instant.parse(lock.get(1));
            application.kill();
            holder.rollback();
        }
        endConnectionsOfTheKilledApplication();

        assertThat(database.row(applicationState(), code).get(0)).isNotEqualTo("SUBMITTED");
        assertThat(submissions(code)).isZero();
        startApplication();
        awaitSubmitted(code);

        assertThat(database.row(applicationState(), code)).containsExactly("SUBMITTED", "1");
        assertThat(submissions(code)).isEqualTo(1);
        assertThat(database.count("""
                select count(*) from audit_event where action = 'FUNDING_APPLICATION_SUBMITTED'
                and project_id = (select id from project where code = ?)""", code)).isEqualTo(1);
        assertThat(database.row("""
                select t.task_def_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ? and t.proc_def_id_ like 'FundingApplicationProcess:%'""", code))
                .containsExactly("Task_ScreenFundingApplication");
        Instant submittedAt = Instant.parse(database.row("""
                select to_char(s.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from funding_submission s
                join funding_application a on a.id = s.application_id where a.project_id = (select id from project where code = ?)""",
                code).get(0));
        assertThat(submittedAt).as("run again only once the dead node's lock had expired").isAfterOrEqualTo(lockExpiry);
    }

    private void assertTaskStillOpenAndNothingOfItSaved(String taskId, String code) throws SQLException {
        assertThat(database.count("select count(*) from act_ru_task where id_ = ?", taskId)).isEqualTo(1);
        assertThat(database.row("select end_time_ from act_hi_taskinst where id_ = ?", taskId)).containsOnlyNulls();
        assertThat(database.count("select count(*) from cooperation_agreement where project_id = (select id from project where code = ?)",
                code)).isZero();
        assertThat(agreementDocuments(code)).isZero();
    }

    private long agreementDocuments(String code) throws SQLException {
        return database.count("select count(*) from document where kind = 'AGREEMENT' and project_id = (select id from project where code = ?)",
                code);
    }

    private static String applicationState() {
        return """
                select a.status, a.submission_count::text from funding_application a
                where a.project_id = (select id from project where code = ?)""";
    }

    private long submissions(String code) throws SQLException {
        return database.count("""
                select count(*) from funding_submission s join funding_application a on a.id = s.application_id
                where a.project_id = (select id from project where code = ?)""", code);
    }

    private void awaitSubmitted(String code) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!"SUBMITTED".equals(database.row(applicationState(), code).get(0))) {
            assertThat(System.nanoTime()).as("the restarted job executor ran the submission").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private void startApplication() throws Exception {
        Path log = Path.of("target", "fault-rig-" + (++starts) + ".log");
        application = RigProcess.start(jdbcUrl, JOB_LOCK_MILLIS, log);
    }

    /** The statement of the application that waits for the test's lock: it is in the middle of its transaction. */
    private String awaitStatementHeldBy(Connection holder) throws Exception {
        String holderPid = FaultDatabase.column(holder, "select pg_backend_pid()::text").get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            List<String> waiting = database.column("select query from pg_stat_activity where ?::int = any (pg_blocking_pids(pid))",
                    holderPid);
            if (!waiting.isEmpty()) {
                return waiting.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The application never reached the held point");
    }

    /**
     * PostgreSQL notices a dead client only when it next writes to it; until then the killed JVM's
     * sessions linger (their open transaction is never committed). Ending them is what the server
     * does by itself a little later.
     */
    private void endConnectionsOfTheKilledApplication() throws SQLException {
        database.column("""
                select pg_terminate_backend(pid)::text from pg_stat_activity
                where datname = 'citycoop' and pid <> pg_backend_pid() and application_name <> ?""", FaultDatabase.TEST_CONNECTION);
    }
}

package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.citycoop.funding.FundingProcess;
import org.citycoop.project.ProjectProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault 7: two application nodes on one database, a Camunda homogeneous cluster: the same
 * application, models and delegates on both, each with its job executor on (not deployment-aware,
 * so either node runs any job). Each runs in a JVM of its own ({@link FaultRig}) on a PostgreSQL of
 * this test's own; the engine's hostname names the node in the job log and the metrics. While both
 * nodes propose projects all along, officers on the two nodes revise the same returned proposals
 * at the same instant, and a batch of asynchronous submissions is released at once to both job
 * executors: every task is completed once (both nodes try each; which wins a round is chance, and
 * recorded), every job runs once, and both nodes run some of the jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTest {

    private static final int CONTESTED_TASKS = 12;
    /** More than one node's job executor takes at once (10 threads and 3 queued, the defaults), so the other must take some. */
    private static final int SUBMISSIONS = 24;
    private static final long WAIT_SECONDS = 180;

    private EmbeddedPostgres postgres;
    private FaultDatabase database;
    private Node nodeA;
    private Node nodeB;

    /** One application node: its name (the engine's hostname) and the officer who works on it. */
    private record Node(String name, String officer, RigProcess rig) {
    }

    @BeforeAll
    void startPostgresAndTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement create = admin.createStatement()) {
            create.execute("create database citycoop");
        }
        database = new FaultDatabase(postgres.getJdbcUrl("postgres", "citycoop"));
        nodeA = start("node-a", "kitakyushu.officer", "postgres,demo");
        // Two engines creating the same tables on a new database would collide; in production the
        // tables are made beforehand by the database administrator (security.md). So B starts once A
        // has made them and deployed the models, and finds that deployment; only A loads the demo data.
        awaitModelsDeployed();
        nodeB = start("node-b", "kitakyushu.officer2", "postgres");
        nodeA.rig().awaitReady();
        nodeB.rig().awaitReady();
    }

    @AfterAll
    void stopAll() throws Exception {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.rig().close();
            }
        }
        postgres.close();
    }

    @Test
    void twoNodesUnderLoadCompleteEveryContestedTaskOnceAndRunEveryAsynchronousStepOnceBothTakingPart() throws Exception {
        assertOneDeploymentAndOneHistoryCleanupJob();

        nodeA.rig().send("hold-submissions");
        nodeA.rig().sendWithoutWaiting("returned-proposals " + CONTESTED_TASKS);
        nodeB.rig().sendWithoutWaiting("approve-for-submission " + SUBMISSIONS);
        List<String> contestedTasks = List.of(nodeA.rig().answer().split(","));
        String[] submissions = nodeB.rig().answer().split(",");
        assertThat(database.count("""
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                where e.business_key_ = any (?) and j.suspension_state_ = 2""", (Object) submissions))
                .as("every approved submission waits, suspended").isEqualTo(SUBMISSIONS);

        nodeA.rig().send("load-start");
        nodeB.rig().send("load-start");
        Map<String, Long> heldSessions = releaseSubmissionsUntilBothNodesRunSome();
        Map<String, String> winners = new TreeMap<>();
        for (int round = 0; round < contestedTasks.size(); round++) {
            String taskId = contestedTasks.get(round);
            winners.put(taskId, contest(taskId, round % 2 == 0 ? List.of(nodeA, nodeB) : List.of(nodeB, nodeA)));
        }
        awaitSubmitted(submissions);
        String loadA = nodeA.rig().send("load-stop");
        String loadB = nodeB.rig().send("load-stop");
        nodeA.rig().send("report-metrics");
        nodeB.rig().send("report-metrics");

        Map<String, Long> tasksWon = winners.values().stream().collect(Collectors.groupingBy(node -> node, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> jobsRun = assertEverySubmissionRanOnce(submissions);
        nodeA.rig().note("measured: sessions held per node " + heldSessions + "; tasks won per node " + tasksWon
                + "; submission jobs run per node " + jobsRun + "; load A " + loadA.split(";")[0] + ", load B "
                + loadB.split(";")[0] + "; job metrics " + database.rows("""
                        select reporter_, name_, sum(value_)::text from act_ru_meter_log where name_ like 'job-%'
                        group by reporter_, name_ order by 1, 2"""));
        assertEveryContestedTaskCompletedOnceByItsWinner(winners);
        // both must have: the test saw sessions of both waiting for its lock, inside a submission
        assertThat(jobsRun).as("submission jobs each node ran").containsOnlyKeys(nodeA.name(), nodeB.name());
        assertLoadLostNothing(nodeA, loadA);
        assertLoadLostNothing(nodeB, loadB);
    }

    private Node start(String name, String officer, String profiles) throws IOException {
        return new Node(name, officer, RigProcess.launch(database.urlFor(name), Path.of("target", "fault-rig-cluster-" + name + ".log"),
                "--spring.profiles.active=" + profiles,
                // names the node in act_hi_job_log.hostname_ and in the metrics (default: its IP address, the same for both here)
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // an idle job executor looks for due jobs every 2 s at the latest (default 60 s), so that the
                // test's hold of the released submissions stays short; the first idle wait must stay below the
                // longest (default 5 s), else the engine computes no idle level and polls without pause (DD021)
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000"));
    }

    private void awaitModelsDeployed() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (database.count("select count(*) from pg_tables where tablename = 'act_re_procdef'") == 0
                || database.count("select count(*) from act_re_procdef") == 0) {
            assertThat(System.nanoTime()).as("node A deployed the models").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** Node B found node A's deployment (Camunda's duplicate filtering) instead of deploying every model again. */
    private void assertOneDeploymentAndOneHistoryCleanupJob() throws SQLException {
        assertThat(database.count("select count(*) from act_re_deployment")).as("deployments").isEqualTo(1);
        assertThat(database.column("select key_ from act_re_procdef where version_ <> 1")).as("second versions").isEmpty();
        assertThat(database.column("select key_ from act_re_decision_def where version_ <> 1")).as("second versions").isEmpty();
        // each engine creates the history cleanup job at start if it is missing, under an engine lock
        assertThat(database.count("select count(*) from act_ru_job where handler_type_ = 'history-cleanup'")).isEqualTo(1);
    }

    /**
     * The test locks the table every submission writes, makes the held submissions due, and keeps
     * the lock until both nodes have sessions waiting for it: both job executors are running
     * submissions at the same time. Answers how many sessions of each node waited.
     */
    private Map<String, Long> releaseSubmissionsUntilBothNodesRunSome() throws Exception {
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            FaultDatabase.update(holder, "lock table funding_submission in exclusive mode");
            String holderPid = FaultDatabase.column(holder, "select pg_backend_pid()::text").get(0);
            nodeA.rig().send("release-submissions");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                Map<String, Long> waiting = database.column("""
                        select application_name from pg_stat_activity where ?::int = any (pg_blocking_pids(pid))""", holderPid)
                        .stream().collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
                if (waiting.keySet().containsAll(List.of(nodeA.name(), nodeB.name()))) {
                    holder.rollback();
                    return waiting;
                }
                assertThat(System.nanoTime()).as("both nodes run submissions; waiting so far " + waiting).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    /** Both nodes' officers revise the same proposal at the same instant; answers the node that completed the task. */
    private String contest(String taskId, List<Node> order) {
        order.forEach(node -> node.rig().sendWithoutWaiting("revise " + taskId + " " + node.officer()));
        String outcomeA = nodeA.rig().answer();
        String outcomeB = nodeB.rig().answer();
        assertThat(List.of(outcomeA, outcomeB)).as("task " + taskId + ": one completes it, the other is told someone else just did")
                .containsExactlyInAnyOrder("completed", "completed-by-other");
        return outcomeA.equals("completed") ? nodeA.name() : nodeB.name();
    }

    private void assertEveryContestedTaskCompletedOnceByItsWinner(Map<String, String> winners) throws SQLException {
        for (Map.Entry<String, String> contested : winners.entrySet()) {
            String winner = (contested.getValue().equals(nodeA.name()) ? nodeA : nodeB).officer();
            List<String> task = database.row("""
                    select t.delete_reason_, t.assignee_, t.proc_inst_id_, p.business_key_
                    from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ where t.id_ = ?""", contested.getKey());
            assertThat(task.subList(0, 2)).as("task " + contested.getKey()).containsExactly("completed", winner);
            assertThat(database.column("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", task.get(2)))
                    .as("exactly one successor").containsExactly(ProjectProcess.TASK_SCREEN_PROPOSAL);
            assertThat(database.count("""
                    select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?""",
                    task.get(2), ProjectProcess.TASK_REVISE_PROPOSAL)).isEqualTo(1);
            assertThat(database.row("""
                    select p.title, (select count(*) from audit_event e where e.project_id = p.id and e.action = 'PROPOSAL_REVISED')::text
                    from project p where p.code = ?""", task.get(3)))
                    .as("the winner's revision, recorded once").containsExactly(ClusterWork.revisedTitle(winner), "1");
        }
    }

    private void awaitSubmitted(String[] codes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (database.count("""
                select count(*) from funding_application a join project p on p.id = a.project_id
                where p.code = any (?) and a.status = 'SUBMITTED'""", (Object) codes) < codes.length) {
            assertThat(System.nanoTime()).as("every submission ran; jobs left " + database.rows("""
                    select j.id_, j.retries_, j.lock_owner_, j.exception_msg_ from act_ru_job j
                    join act_ru_execution e on e.id_ = j.process_instance_id_ where e.business_key_ = any (?)""", (Object) codes))
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /**
     * Every submission's effect is there once, its process has one successor task, and the engine's
     * history shows one successful run and no failed one for its job. Answers how many each node ran.
     */
    private Map<String, Long> assertEverySubmissionRanOnce(String[] codes) throws SQLException {
        assertThat(database.rows("""
                select a.status, a.submission_count::text,
                       (select count(*) from funding_submission s where s.application_id = a.id)::text,
                       (select count(*) from audit_event e where e.project_id = p.id and e.action = 'FUNDING_APPLICATION_SUBMITTED')::text,
                       (select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                        where e.business_key_ = p.code and t.task_def_key_ = ?)::text
                from funding_application a join project p on p.id = a.project_id where p.code = any (?)""",
                FundingProcess.TASK_SCREEN_APPLICATION, codes))
                .as("status, submission count, submissions, audit entries, screening tasks of each application")
                .hasSize(codes.length).containsOnly(List.of("SUBMITTED", "1", "1", "1", "1"));
        List<List<String>> jobs = database.rows("""
                select l.job_id_, count(*) filter (where l.job_state_ = 2)::text, count(*) filter (where l.job_state_ = 1)::text,
                       coalesce(max(l.hostname_) filter (where l.job_state_ = 2), '')
                from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
                where p.business_key_ = any (?) and l.act_id_ = ? group by l.job_id_""", codes, FundingProcess.TASK_SUBMIT_APPLICATION);
        assertThat(jobs).as("one job per submission").hasSize(codes.length);
        assertThat(jobs).as("job, successful runs, failed runs, node").allSatisfy(job -> assertThat(job.subList(1, 3))
                .as(job.toString()).containsExactly("1", "0"));
        return jobs.stream().collect(Collectors.groupingBy(job -> job.get(3), TreeMap::new, Collectors.counting()));
    }

    /** {@code confirmed=<n>,failed=<m>;<error kinds>;<codes>} from the node's load: no error, every confirmed proposal there. */
    private void assertLoadLostNothing(Node node, String load) throws SQLException {
        String[] parts = load.split(";", -1);
        String[] codes = Arrays.stream(parts[2].split(",")).filter(code -> !code.isBlank()).toArray(String[]::new);
        assertThat(parts[1]).as("errors of the load on " + node.name() + " (" + parts[0] + ")").isEqualTo("{}");
        assertThat(codes).as("proposals confirmed on " + node.name()).isNotEmpty();
        assertThat(database.count("select count(*) from project where code = any (?)", (Object) codes))
                .as("every proposal confirmed on " + node.name() + " is there").isEqualTo(codes.length);
    }
}

package org.citycoop.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.citycoop.benchmark.LifecyclePath.Crew;
import org.citycoop.benchmark.LifecyclePath.Step;
import org.citycoop.benchmark.StatementRecorder.SentStatement;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.security.CityCoopUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario "Lifecycle throughput" (issue 8, item 2): {@link #THREADS} workers, each with the users of a
 * lead municipality and a partner city of its own (the last eight of each, which the inbox and dashboard
 * scenarios do not measure), drive new projects along {@link LifecyclePath} one after the other. After a
 * warm-up, a fixed window counts the task completions and the projects that finished the path in it, and
 * times every completing service call. The statements of a completion are recorded afterwards on a few
 * projects of one worker, so that recording does not slow the measured loop. At the end every project
 * driven is cancelled, so that the open tasks the other scenarios count stay as generated.
 */
final class LifecycleScenario {

    static final int THREADS = 8;
    static final double TARGET_SHARE_OF_PGBENCH = 0.25;
    private static final int SAMPLE_PROJECTS = 3;
    private static final int SAMPLE_EVERY_MILLIS = 100;
    private static final int ERRORS_KEPT = 5;
    private static final int SLOWEST_READS = 5;
    static final Path PLANS = Path.of("target", "benchmark", "lifecycle-plans.txt");

    /** Per step: its completions in the window, their timings, and the statements one call sent (mean of the sample). */
    record StepResult(Step step, Timings timings, double statements) { }

    /**
     * What the notifications (DD023) cost over the sample: the tasks it created (rows added to the task
     * history, the job executor's included), the notification rows added (one per member of a new task's group),
     * and the statements per completion that served them (finding the group's members and their choices,
     * writing the rows and any e-mail).
     */
    record NotificationCost(long newTasks, long notifications, double statementsPerCompletion) {

        double perNewTask() {
            return newTasks == 0 ? Double.NaN : notifications / (double) newTasks;
        }
    }

    /**
     * {@code statementKinds}: over the sample, statements per completion by kind (verb and table), most first;
     * {@code submissionWait}: from the end of the internal approval until the reviewer's screening starts (the
     * submission job, then finding the task it made).
     */
    record Result(int threads, double warmUpSeconds, ResourceUse.Usage usage, long completions, long projects, Timings completion,
                  List<StepResult> steps, double statementsPerCompletion, Map<String, Double> statementKinds,
                  Timings submissionWait, long errors, List<String> firstErrors, int cancelled, List<QueryPlans.Plan> slowestReads,
                  NotificationCost notifications) {

        double completionsPerSecond() {
            return completions / usage.seconds();
        }

        double projectsPerSecond() {
            return projects / usage.seconds();
        }
    }

    private final LifecyclePath path;
    private final ProjectLifecycleService lifecycle;
    private final StatementRecorder recorder;
    private final DataSource dataSource;
    private final List<Integer> workerNumbers;
    private final List<Crew> crews = new ArrayList<>();
    private final List<String> partners = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    /** The scenario of one node with all {@link #THREADS} workers. */
    LifecycleScenario(LifecyclePath path, ProjectLifecycleService lifecycle, StatementRecorder recorder, DataSource dataSource,
                      UserDetailsService userDetails) {
        this(path, lifecycle, recorder, dataSource, userDetails, IntStream.range(0, THREADS).boxed().toList());
    }

    /**
     * The scenario with the workers numbered {@code workerNumbers} only (0 to {@link #THREADS} - 1): on two nodes
     * ({@link ScaleOutScenario}) each drives its half with the same crews as on one. {@code recorder} may be null
     * where only {@link #driveShare} is called.
     */
    LifecycleScenario(LifecyclePath path, ProjectLifecycleService lifecycle, StatementRecorder recorder, DataSource dataSource,
                      UserDetailsService userDetails, List<Integer> workerNumbers) {
        this.path = path;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
        this.dataSource = dataSource;
        this.workerNumbers = List.copyOf(workerNumbers);
        CityCoopUser reviewer = (CityCoopUser) userDetails.loadUserByUsername(BenchmarkData.REVIEWER);
        for (int worker = 0; worker < THREADS; worker++) {
            int lead = BenchmarkData.LEAD_ORGANISATIONS - THREADS + 1 + worker;
            int partner = BenchmarkData.PARTNER_CITIES - THREADS + 1 + worker;
            crews.add(new Crew((CityCoopUser) userDetails.loadUserByUsername(BenchmarkData.officerUser(lead)),
                    (CityCoopUser) userDetails.loadUserByUsername(BenchmarkData.leadUser(lead)),
                    (CityCoopUser) userDetails.loadUserByUsername(BenchmarkData.partnerUser(partner)), reviewer));
            partners.add(BenchmarkData.partnerCode(partner));
        }
    }

    /** Warm-up, the measured window, then a statement sample of a few more projects; every project driven is cancelled. */
    Result measure(int warmUpSeconds, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workerNumbers.size());
        try {
            Window window = Window.after(warmUpSeconds, seconds);
            Driven driven = drive(pool, window);
            long[] before = taskAndNotificationRows();
            Sample sample = sample(driven.workers().get(0));
            long[] after = taskAndNotificationRows();
            NotificationCost notifications = new NotificationCost(after[0] - before[0], after[1] - before[1],
                    sample.notificationStatementsPerCompletion());
            List<QueryPlans.Plan> plans = plans(sample);
            int cancelled = cancelAll(pool, driven.workers());
            return result(warmUpSeconds, driven.usage(), driven.workers(), sample, cancelled, plans, notifications);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * This node's share of a run on several nodes: its workers drive projects until {@code window} has passed; the
     * projects are cancelled afterwards. No statement sample: the other node is still measuring.
     */
    NodeShare driveShare(Window window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workerNumbers.size());
        try {
            Driven driven = drive(pool, window);
            List<Long> completions = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            long projects = 0;
            long calls = 0;
            for (Worker worker : driven.workers()) {
                path.steps().stream().filter(Step::completesTask)
                        .forEach(step -> completions.addAll(worker.measured.getOrDefault(step, List.of())));
                projects += worker.projects;
                calls += worker.completionCalls;
                codes.addAll(worker.proposed);
            }
            cancelAll(pool, driven.workers());
            ResourceUse.Usage usage = driven.usage();
            return new NodeShare(usage.seconds(), usage.jvmCpuSeconds(), usage.databaseCpuSeconds(), usage.machineBusyShare(),
                    toArray(completions), projects, calls,
                    errors.get(), List.copyOf(firstErrors), codes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The workers drive projects until the window has passed; what the window cost is sampled meanwhile. */
    private Driven drive(ExecutorService pool, Window window) throws Exception {
        ResourceUse resources = new ResourceUse(dataSource);
        long windowStart = window.startNanos();
        long windowEnd = windowStart + window.seconds() * 1_000_000_000L;
        List<Worker> workers = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (int number : workerNumbers) {
            Worker worker = new Worker(number, windowStart, windowEnd);
            workers.add(worker);
            running.add(pool.submit(worker::drive));
        }
        Thread.sleep(Math.max(0, (windowStart - System.nanoTime()) / 1_000_000));
        resources.begin();
        while (System.nanoTime() < windowEnd) {
            resources.sample();
            Thread.sleep(SAMPLE_EVERY_MILLIS);
        }
        ResourceUse.Usage usage = resources.end();
        for (Future<?> worker : running) {
            worker.get();
        }
        return new Driven(usage, workers);
    }

    private record Driven(ResourceUse.Usage usage, List<Worker> workers) { }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of every distinct read the sampled completions sent, slowest first, into
     * {@code plans}: reads only, since explaining a write with ANALYZE would perform it again.
     */
    private List<QueryPlans.Plan> plans(Sample sample) throws SQLException, IOException {
        List<QueryPlans.Plan> plans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, SentStatement> read : sample.reads.entrySet()) {
                plans.add(QueryPlans.explain(connection, read.getKey(), read.getValue()));
            }
        }
        plans.sort(Comparator.comparingDouble(QueryPlans.Plan::executionMs).reversed());
        QueryPlans.writePlans(plans, PLANS);
        return plans.subList(0, Math.min(SLOWEST_READS, plans.size()));
    }

    private Result result(int warmUpSeconds, ResourceUse.Usage usage, List<Worker> workers, Sample sample, int cancelled,
                          List<QueryPlans.Plan> slowestReads, NotificationCost notifications) {
        List<StepResult> steps = new ArrayList<>();
        List<Long> completions = new ArrayList<>();
        for (Step step : path.steps()) {
            List<Long> nanos = new ArrayList<>();
            workers.forEach(worker -> nanos.addAll(worker.measured.getOrDefault(step, List.of())));
            if (step.completesTask()) {
                completions.addAll(nanos);
            }
            steps.add(new StepResult(step, nanos.isEmpty() ? null : Timings.of(toArray(nanos)), sample.statementsOf(step)));
        }
        List<Long> waits = new ArrayList<>();
        workers.forEach(worker -> waits.addAll(worker.submissionWaits));
        long projects = workers.stream().mapToLong(worker -> worker.projects).sum();
        return new Result(workerNumbers.size(), warmUpSeconds, usage, completions.size(), projects,
                completions.isEmpty() ? null : Timings.of(toArray(completions)), steps, sample.statementsPerCompletion(),
                sample.kindsPerCompletion(), waits.isEmpty() ? null : Timings.of(toArray(waits)), errors.get(),
                List.copyOf(firstErrors), cancelled, slowestReads, notifications);
    }

    /** The rows of the task history and of the notifications: the sample is the only work while it runs. */
    private long[] taskAndNotificationRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select (select count(*) from act_hi_taskinst), (select count(*) from notification)")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** A few more projects of the first worker, every step's statements recorded. */
    private Sample sample(Worker worker) {
        Sample sample = new Sample(path.completionsPerProject() * SAMPLE_PROJECTS);
        for (int project = 0; project < SAMPLE_PROJECTS; project++) {
            worker.driveOne((step, call) -> sample.add(step, recorder.record(call)));
        }
        return sample;
    }

    /** Cancels every project the workers proposed, by their lead's manager, on the workers' threads. */
    private int cancelAll(ExecutorService pool, List<Worker> workers) throws Exception {
        List<Future<Integer>> cancelling = new ArrayList<>();
        for (Worker worker : workers) {
            cancelling.add(pool.submit(worker::cancelProposed));
        }
        int cancelled = 0;
        for (Future<Integer> worker : cancelling) {
            cancelled += worker.get();
        }
        return cancelled;
    }

    private void failed(RuntimeException failure) {
        errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private static long[] toArray(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    /** One thread's projects: its crew, what it measured in the window, and the codes to cancel at the end. */
    private final class Worker {

        private final int number;
        private final Crew crew;
        private final String partner;
        private final long windowStart;
        private final long windowEnd;
        private final Map<Step, List<Long>> measured = new LinkedHashMap<>();
        private final List<Long> submissionWaits = new ArrayList<>();
        private final List<String> proposed = new ArrayList<>();
        private long projects;
        /** Every task completion that returned, in the window or not: the history must hold exactly as many. */
        private long completionCalls;
        private int driven;
        /** When the last timed call ended: the submission wait runs from the approval's end to the screening's start. */
        private long lastEnd;

        Worker(int number, long windowStart, long windowEnd) {
            this.number = number;
            this.crew = crews.get(number);
            this.partner = partners.get(number);
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        /** Projects one after the other until the window has passed; counts those whose last step ended in it. */
        void drive() {
            while (System.nanoTime() < windowEnd) {
                long[] lastEnd = new long[1];
                boolean completed = driveOne((step, call) -> lastEnd[0] = timed(step, call));
                if (completed && inWindow(lastEnd[0])) {
                    projects++;
                }
            }
        }

        /** Drives one project; false when a step failed (counted, and the project left for the cancellation). */
        boolean driveOne(LifecyclePath.StepRunner runner) {
            try {
                path.drive(crew, number * 1_000_000 + driven++, partner, runner, proposed::add);
                return true;
            } catch (RuntimeException failure) {
                failed(failure);
                return false;
            }
        }

        /** Runs the call; keeps its duration when it ran inside the window; returns when it ended. */
        private long timed(Step step, Runnable call) {
            long start = System.nanoTime();
            call.run();
            long end = System.nanoTime();
            if (step.completesTask()) {
                completionCalls++;
            }
            if (start >= windowStart && end <= windowEnd) {
                measured.computeIfAbsent(step, key -> new ArrayList<>()).add(end - start);
                if (step == LifecyclePath.SCREEN_APPLICATION) {
                    submissionWaits.add(start - lastEnd);
                }
            }
            lastEnd = end;
            return end;
        }

        private boolean inWindow(long nanos) {
            return nanos >= windowStart && nanos <= windowEnd;
        }

        int cancelProposed() {
            int cancelled = 0;
            for (String code : proposed) {
                try {
                    lifecycle.cancel(code, "Benchmark project: cancelled after the measurement.", crew.manager());
                    cancelled++;
                } catch (RuntimeException failure) {
                    failed(failure);
                }
            }
            return cancelled;
        }
    }

    /** The statements the sampled steps sent. */
    private static final class Sample {

        private final int completions;
        private final Map<Step, List<Integer>> counts = new LinkedHashMap<>();
        private final Map<String, Integer> kinds = new TreeMap<>();
        private int notificationStatements;
        /** The first of each distinct read a completion sent, by the step that sent it and its SQL. */
        private final Map<String, SentStatement> reads = new LinkedHashMap<>();

        Sample(int completions) {
            this.completions = completions;
        }

        void add(Step step, List<SentStatement> sent) {
            counts.computeIfAbsent(step, key -> new ArrayList<>()).add(sent.size());
            if (step.completesTask()) {
                sent.forEach(statement -> kinds.merge(kind(statement.sql()), 1, Integer::sum));
                notificationStatements += (int) sent.stream().filter(statement -> servesNotifications(statement.sql())).count();
                sent.stream().filter(statement -> kind(statement.sql()).startsWith("select"))
                        .forEach(read -> reads.putIfAbsent(step.name() + ": " + read.sql().strip(), read));
            }
        }

        double statementsOf(Step step) {
            return counts.getOrDefault(step, List.of()).stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
        }

        double notificationStatementsPerCompletion() {
            return notificationStatements / (double) completions;
        }

        /**
         * The notifications' statements (NotificationRepository, MailOutbox): the group's members (the one query
         * joining a user to their roles by organisation code), their choices, the rows and e-mails written.
         */
        static boolean servesNotifications(String sql) {
            String text = sql.toLowerCase().replaceAll("\\s+", " ");
            return text.contains("notification") || text.contains("mail_outbox")
                    || text.contains("join app_user_role r on r.user_id = u.id where o.code = ?");
        }

        double statementsPerCompletion() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum() / (double) completions;
        }

        Map<String, Double> kindsPerCompletion() {
            Map<String, Double> perCompletion = new LinkedHashMap<>();
            kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(kind -> perCompletion.put(kind.getKey(), kind.getValue() / (double) completions));
            return perCompletion;
        }

        /** "insert act_hi_taskinst", "select act_ru_task", …: the verb and the first table it names. */
        static String kind(String sql) {
            String[] words = sql.strip().toLowerCase().replaceAll("\\s+", " ").split(" ");
            String verb = words[0];
            String keyword = switch (verb) {
                case "insert" -> "into";
                case "update" -> verb;
                default -> "from";
            };
            for (int word = 0; word < words.length - 1; word++) {
                if (words[word].equals(keyword)) {
                    return verb + " " + words[word + 1].replaceAll("[^a-z_.]", "");
                }
            }
            return verb;
        }
    }
}

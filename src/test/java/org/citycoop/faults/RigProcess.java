package org.citycoop.faults;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One run of {@link FaultRig} in a JVM of its own, on a given database: started, told what to do
 * over its stdin, and killed with SIGKILL ({@link Process#destroyForcibly()} on Linux), as an
 * operating system or an operator's {@code kill -9} ends it. Its output goes to a log file.
 */
final class RigProcess implements AutoCloseable {

    private static final long START_SECONDS = 300;
    private static final long ANSWER_SECONDS = 120;

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Path log;

    private RigProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.commands = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
        Thread reader = new Thread(this::readOutput, "rig-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the demo application on {@code jdbcUrl} with a job lock time of {@code lockMillis}; returns once it is ready. */
    static RigProcess start(String jdbcUrl, long lockMillis, Path log) throws IOException {
        RigProcess rig = launch(jdbcUrl, log, "--spring.profiles.active=postgres,demo",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockMillis);
        rig.awaitReady();
        return rig;
    }

    /**
     * Starts the application on {@code jdbcUrl} with these command-line settings (the profiles
     * among them) and returns at once, so that several can start side by side; {@link #awaitReady()}
     * waits for one.
     */
    static RigProcess launch(String jdbcUrl, Path log, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived application on a shared 2-core machine: quick start, one GC thread
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", testClassPath(), FaultRig.class.getName(),
                "--server.port=0",
                // the production profile leaves the engine's schema to the database administrator; the test's
                // database is new, so the engine creates its tables as the embedded default does
                "--camunda.bpm.database.schema-update=true",
                "--vaadin.devmode.liveReload.enabled=false"));
        command.addAll(List.of(settings));
        Files.writeString(log, String.join(" ", command) + System.lineSeparator());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CITYCOOP_DB_URL", jdbcUrl);
        builder.environment().put("CITYCOOP_DB_USER", "postgres");
        builder.environment().put("CITYCOOP_DB_PASSWORD", "");
        return new RigProcess(builder.start(), log);
    }

    void awaitReady() {
        await(FaultRig.READY, START_SECONDS);
    }

    /** Sends a command and waits for its answer; fails the test when the application refused it. */
    String send(String command) {
        sendWithoutWaiting(command);
        return answer();
    }

    /** The answer to the oldest command not yet answered; fails the test when the application refused it. */
    String answer() {
        String answer = await("RIG ", ANSWER_SECONDS);
        if (!answer.startsWith("RIG DONE")) {
            throw new AssertionError(log.getFileName() + ": " + answer);
        }
        return answer.substring(answer.lastIndexOf(' ') + 1);
    }

    /** Sends a command whose answer will never come: the test kills the application while it works on it. */
    void sendWithoutWaiting(String command) {
        commands.println(command);
    }

    /** Writes what the test did to the application's log, next to what the application logged then. */
    void note(String what) throws IOException {
        Files.writeString(log, "TEST: " + what + System.lineSeparator(), StandardOpenOption.APPEND);
    }

    /** SIGKILL: no shutdown hook, no rollback sent to the database, no flush of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The application did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private String await(String prefix, long seconds) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = answers.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No '" + prefix + "' from the application within " + seconds + " s; see " + log);
    }

    private void readOutput() {
        try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8);
             Writer file = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.write(line + System.lineSeparator());
                file.flush();
                if (line.startsWith("RIG ")) {
                    answers.add(line);
                }
            }
        } catch (IOException ended) {
            // the process died: nothing more to read
        }
    }

    /**
     * Surefire runs the tests from a manifest-only jar; the real class path is in this property. An
     * empty entry would put the working directory on the class path, and with it a second copy of the models.
     */
    private static String testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}

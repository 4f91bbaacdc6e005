package org.citycoop.faults;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citycoop.TestProposals;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;

/**
 * Officers proposing projects one after the other in a few threads, as long as it runs: each
 * proposal is a transaction of its own that also starts the project's process. Keeps the codes of
 * the proposals the application confirmed and the kinds of errors the others ended with.
 */
final class ProposalLoad {

    private static final int THREADS = 2;

    private final ProjectService projects;
    private final CityCoopUser officer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> confirmed = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    ProposalLoad(ProjectService projects, CityCoopUser officer) {
        this.projects = projects;
        this.officer = officer;
        for (int thread = 0; thread < THREADS; thread++) {
            threads.submit(this::proposeUntilStopped);
        }
    }

    /** {@code confirmed=<n> failed=<m>}: how many proposals the application confirmed, how many failed. */
    String status() {
        return "confirmed=" + confirmed.size() + ",failed=" + failures.size();
    }

    /** Stops and answers {@code <status>;<error kind>=<count>...;<confirmed codes>} (codes comma-separated). */
    String stop() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(60, TimeUnit.SECONDS);
        Map<String, Integer> kinds = new TreeMap<>();
        failures.forEach(kind -> kinds.merge(kind, 1, Integer::sum));
        return status() + ";" + kinds.toString().replace(" ", "") + ";" + String.join(",", confirmed);
    }

    private void proposeUntilStopped() {
        while (running.get()) {
            try {
                confirmed.add(projects.propose(TestProposals.of("Load " + UUID.randomUUID(), "SBY"), officer).code());
            } catch (RuntimeException failed) {
                failures.add(failed.getClass().getSimpleName());
            }
        }
    }
}

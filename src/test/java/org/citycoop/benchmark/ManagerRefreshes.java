package org.citycoop.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.security.CityCoopUser;

/**
 * Issue 8, item 4's second target: {@link #MANAGERS} managers, each of a municipality of their own, each
 * refreshing their whole dashboard (every panel, the default range) every {@link #EVERY_SECONDS} s, their
 * refreshes spread evenly over the period, while the lifecycle scenario runs beside them. Counts the refreshes
 * and times each.
 */
final class ManagerRefreshes implements AutoCloseable {

    static final int MANAGERS = 20;
    static final int EVERY_SECONDS = 10;

    private final List<DashboardScenario.Panel> panels;
    private final JfyRange range;
    private final List<CityCoopUser> managers;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong errors = new AtomicLong();
    /** A refresh takes about a tenth of a second: a few threads keep every manager on time. */
    private final ScheduledExecutorService refreshing = Executors.newScheduledThreadPool(4);

    ManagerRefreshes(List<DashboardScenario.Panel> panels, JfyRange range, List<CityCoopUser> managers) {
        this.panels = panels;
        this.range = range;
        this.managers = managers;
    }

    void start() {
        long spacing = EVERY_SECONDS * 1000L / managers.size();
        for (int manager = 0; manager < managers.size(); manager++) {
            CityCoopUser user = managers.get(manager);
            refreshing.scheduleAtFixedRate(() -> refresh(user), manager * spacing, EVERY_SECONDS * 1000L, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh(CityCoopUser manager) {
        long start = System.nanoTime();
        try {
            panels.forEach(panel -> panel.figure().apply(range, manager));
            nanos.add(System.nanoTime() - start);
        } catch (RuntimeException failure) {
            // a scheduled task that throws is never run again: count it and go on refreshing
            errors.incrementAndGet();
        }
    }

    /** The refreshes so far and their durations; null timings when none finished. */
    Refreshed refreshed() {
        synchronized (nanos) {
            return new Refreshed(nanos.size(), nanos.isEmpty() ? null : Timings.of(nanos.stream().mapToLong(Long::longValue).toArray()),
                    errors.get());
        }
    }

    record Refreshed(int refreshes, Timings timings, long errors) { }

    @Override
    public void close() throws InterruptedException {
        refreshing.shutdownNow();
        refreshing.awaitTermination(1, TimeUnit.MINUTES);
    }
}

package org.citycoop.dashboard.internal;

import java.util.List;
import org.citycoop.dashboard.internal.CycleTimeCounts.DurationCount;

/**
 * The durations of one phase's finished tasks as counts per tenth of a day, shortest first, and
 * their percentiles as PostgreSQL's {@code percentile_cont} gives them over the durations
 * themselves: interpolated between the two neighbouring ranks. Exact for durations in whole
 * tenths of a day, within half a tenth otherwise: the precision the dashboard shows.
 */
public final class DurationDistribution {

    private final List<DurationCount> counts;
    private final long tasks;

    /** {@code counts}: of one phase, ordered by duration. */
    public DurationDistribution(List<DurationCount> counts) {
        this.counts = List.copyOf(counts);
        this.tasks = counts.stream().mapToLong(DurationCount::tasks).sum();
    }

    public long tasks() {
        return tasks;
    }

    /** The {@code fraction} percentile (0.5 the median) in days; 0 when no task finished. */
    public double percentileDays(double fraction) {
        if (tasks == 0) {
            return 0;
        }
        double position = fraction * (tasks - 1);
        long below = (long) Math.floor(position);
        double lower = tenthsAtRank(below);
        double upper = tenthsAtRank(Math.min(below + 1, tasks - 1));
        return (lower + (position - below) * (upper - lower)) / 10;
    }

    /** The duration of the task at {@code rank} (0 the shortest), in tenths of a day. */
    private int tenthsAtRank(long rank) {
        long passed = 0;
        for (DurationCount count : counts) {
            passed += count.tasks();
            if (rank < passed) {
                return count.tenthsOfDay();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + tasks + " tasks");
    }
}

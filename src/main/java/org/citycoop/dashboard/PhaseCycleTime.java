package org.citycoop.dashboard;

import org.citycoop.workflow.Phase;

/** How long the finished user tasks of one phase took, in days: median and 90th percentile (DD014). */
public record PhaseCycleTime(Phase phase, long tasks, double medianDays, double p90Days) {
}

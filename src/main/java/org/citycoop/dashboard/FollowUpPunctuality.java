package org.citycoop.dashboard;

/**
 * Follow-up rounds that were due (or already reported) and how many the partner reported by the
 * round's due day (DD014).
 */
public record FollowUpPunctuality(long dueRounds, long onTime) {

    /** The share on time in percent, one decimal; null when no round was due yet. */
    public Double onTimePercent() {
        return dueRounds == 0 ? null : Math.round(onTime * 1000.0 / dueRounds) / 10.0;
    }
}

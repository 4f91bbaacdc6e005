package org.citycoop.peerlearning;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.Indicator.Direction;

/**
 * One indicator of a project's action plan: baseline, target and the latest value reported in
 * follow-up ({@code latest} null while none is). The indicator's direction decides what is better.
 */
public record IndicatorFigures(Indicator indicator, BigDecimal baseline, BigDecimal target, BigDecimal latest, LocalDate latestOn) {

    /** The latest value is at or beyond the target, in the indicator's direction. */
    public boolean targetReached() {
        return latest != null && !isBetter(target, latest);
    }

    /** The latest value is better than the baseline. */
    public boolean improved() {
        return latest != null && isBetter(latest, baseline);
    }

    /** Whether {@code value} is strictly better than {@code other} for this indicator. */
    public boolean isBetter(BigDecimal value, BigDecimal other) {
        int compared = value.compareTo(other);
        return indicator.direction() == Direction.HIGHER ? compared > 0 : compared < 0;
    }
}

package org.citycoop.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** The evaluations in two figures: how many trainees answered, and their average satisfaction (one decimal; null when none). */
public record EvaluationSummary(int count, BigDecimal average) {

    /** The summary of the given satisfaction values; values outside 1–5 and empty ones are left out. */
    public static EvaluationSummary of(Collection<Integer> satisfaction) {
        var valid = satisfaction.stream().filter(Objects::nonNull).filter(value -> value >= 1 && value <= 5).toList();
        if (valid.isEmpty()) {
            return new EvaluationSummary(0, null);
        }
        BigDecimal sum = BigDecimal.valueOf(valid.stream().mapToInt(Integer::intValue).sum());
        return new EvaluationSummary(valid.size(), sum.divide(BigDecimal.valueOf(valid.size()), 1, RoundingMode.HALF_UP));
    }
}

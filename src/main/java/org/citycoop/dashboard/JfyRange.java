package org.citycoop.dashboard;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.InvalidInputException;

/**
 * The Japanese fiscal years a report covers, both ends included. A project counts in the fiscal
 * year of its start date, so the range is the dates from 1 April of {@code fromJfy} up to (not
 * including) 1 April after {@code toJfy}.
 */
public record JfyRange(int fromJfy, int toJfy) {

    /** Longer ranges are refused: no report needs them, and each year is a row of the answer. */
    public static final int MAX_YEARS = 50;

    /** Checks a range asked for by a user or a client; problems name the parameter and say what to do. */
    public static JfyRange of(Integer fromJfy, Integer toJfy) {
        if (fromJfy == null) {
            throw InvalidInputException.of("fromJfy", "dashboard.problem.from-missing");
        }
        if (toJfy == null) {
            throw InvalidInputException.of("toJfy", "dashboard.problem.to-missing");
        }
        if (fromJfy < 1900 || fromJfy > 2999) {
            throw InvalidInputException.of("fromJfy", "dashboard.problem.from-range");
        }
        if (toJfy < fromJfy) {
            throw InvalidInputException.of("toJfy", "dashboard.problem.to-before-from");
        }
        if (toJfy - fromJfy + 1 > MAX_YEARS) {
            throw InvalidInputException.of("toJfy", "dashboard.problem.too-many-years", MAX_YEARS);
        }
        return new JfyRange(fromJfy, toJfy);
    }

    /** The last {@code years} fiscal years up to the one that holds {@code today}. */
    public static JfyRange lastYears(int years, LocalDate today) {
        int current = FiscalYear.of(today);
        return new JfyRange(current - years + 1, current);
    }

    /** 1 April of the first fiscal year. */
    public LocalDate firstDay() {
        return LocalDate.of(fromJfy, 4, 1);
    }

    /** 1 April after the last fiscal year: the first day no longer in the range. */
    public LocalDate endExclusive() {
        return LocalDate.of(toJfy + 1, 4, 1);
    }

    public IntStream years() {
        return IntStream.rangeClosed(fromJfy, toJfy);
    }
}

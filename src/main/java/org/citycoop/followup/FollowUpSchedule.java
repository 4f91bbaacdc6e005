package org.citycoop.followup;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;

/**
 * The follow-up rounds of a project as an ISO-8601 repeating interval: {@code R2/P6M} means two
 * rounds, 6 and 12 months after the action plan; {@code R3/2028-04-01/P1Y} counts from a date of
 * its own. A round is due at the end of each interval.
 *
 * @param start the day the intervals count from; null means the day the action plan was submitted
 */
public record FollowUpSchedule(String text, int rounds, LocalDate start, Period period) {

    public static final int MAX_ROUNDS = 12;
    private static final Pattern FORM = Pattern.compile("R(\\d{1,2})/(?:(\\d{4}-\\d{2}-\\d{2})/)?(P[0-9YMWD]+)");

    /** The schedule in {@code text}, or an {@link InvalidInputException} on the field {@code schedule}. */
    public static FollowUpSchedule parse(String text) {
        String clean = text == null ? "" : text.strip().toUpperCase();
        Matcher match = FORM.matcher(clean);
        if (!match.matches()) {
            throw clean.isEmpty() ? refused("followup.problem.schedule.empty") : refused("followup.problem.schedule.form", text.strip());
        }
        int rounds = Integer.parseInt(match.group(1));
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw refused("followup.problem.schedule.rounds", MAX_ROUNDS);
        }
        LocalDate start;
        Period period;
        try {
            start = match.group(2) == null ? null : LocalDate.parse(match.group(2));
            period = Period.parse(match.group(3));
        } catch (DateTimeParseException bad) {
            throw refused("followup.problem.schedule.impossible", text.strip());
        }
        if (period.isNegative() || period.isZero() || period.toTotalMonths() * rounds + period.getDays() * rounds / 30 > 120) {
            throw refused("followup.problem.schedule.span");
        }
        return new FollowUpSchedule(clean, rounds, start, period);
    }

    /** The day round {@code round} (from 1) is due, the intervals counting from {@code actionPlanDay} unless a start is given. */
    public LocalDate dueOn(int round, LocalDate actionPlanDay) {
        return (start == null ? actionPlanDay : start).plus(period.multipliedBy(round));
    }

    public List<LocalDate> dueDays(LocalDate actionPlanDay) {
        return IntStream.rangeClosed(1, rounds).mapToObj(round -> dueOn(round, actionPlanDay)).toList();
    }

    /** The problem, then how a schedule is written. */
    private static InvalidInputException refused(String key, Object... args) {
        return InvalidInputException.of("schedule", "followup.problem.schedule.how", Message.of(key, args));
    }
}

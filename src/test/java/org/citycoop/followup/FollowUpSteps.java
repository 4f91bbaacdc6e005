package org.citycoop.followup;

import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the officer and the partner do on the follow-up's screens, one step at a time, for the
 * screen tests and the journeys: the schedule, an indicator's entry of a progress report, the review.
 */
public final class FollowUpSteps {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH);

    private FollowUpSteps() {
    }

    /** Yesterday in Tokyo as typed into a date picker: a measurement date the report takes. */
    public static String yesterday() {
        return TYPED.format(LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1));
    }

    /** The schedule's field, an ISO-8601 repeating interval such as {@code R2/P6M}. */
    public static Locator schedule(Page page) {
        return field(page, "vaadin-text-field", "Follow-up rounds (ISO 8601)");
    }

    /** Types the value into the text field labelled {@code label} inside {@code scope}, and leaves it. */
    public static void enter(Locator scope, String label, String value) {
        Locator input = field(scope, "vaadin-text-field", label).locator("input");
        input.fill(value);
        input.blur();
        settle(scope.page());
    }

    /** One indicator's entry of the progress report: the actual value (its field labelled {@code actualLabel}) and its day. */
    public static void reportValue(Locator entry, String actualLabel, String value, String measuredOn) {
        enter(entry, actualLabel, value);
        typeDate(field(entry, "vaadin-date-picker", "Measured on"), measuredOn);
    }

    /** The officer's review: its outcome and whether a visit is needed, each chosen by its option's text. */
    public static void review(Page page, String outcome, String visit) {
        choose(page, "Review", outcome);
        choose(page, "Follow-up visit needed?", visit);
    }
}

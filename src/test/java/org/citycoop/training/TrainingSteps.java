package org.citycoop.training;

import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.citycoop.BrowserSession;

/**
 * What a user does on the training programme's screens, one step at a time, for the screen tests
 * and the journeys: a module row, a trainee row, the logistics checklist, a session with its
 * attendance, a measure and an indicator target of a trainee's action plan and its saving, a
 * trainee's evaluation.
 * Dates are typed as {@code M/d/yyyy}, times as {@code h:mm AM}.
 */
public final class TrainingSteps {

    /** The items of the logistics checklist, in the order of the screen. */
    public static final List<String> LOGISTICS = List.of("Invitation letters", "Visas", "Travel", "Accommodation", "Insurance");

    private TrainingSteps() {
    }

    /** The {@code index}th row (module, trainee, measure or target) of the screen. */
    public static Locator row(Page page, int index) {
        return page.locator(".plan-row").nth(index);
    }

    /** Fills the {@code index}th module, adding its row first when the screen has fewer. */
    public static void fillModule(Page page, int index, String topic, String host, String start, String end) {
        Locator row = rowAddedIfMissing(page, index, "Add a module");
        field(row, "vaadin-text-field", "Topic").locator("input").fill(topic);
        field(row, "vaadin-text-field", "Host organisation").locator("input").fill(host);
        typeDate(field(row, "vaadin-date-picker", "Start"), start);
        typeDate(field(row, "vaadin-date-picker", "End"), end);
        field(row, "vaadin-text-field", "Language").locator("input").fill("English");
        settle(page);
    }

    /** Fills the {@code index}th trainee, adding its row first when the screen has fewer. */
    public static void fillTrainee(Page page, int index, String name, String position, String organisation, String email) {
        Locator row = rowAddedIfMissing(page, index, "Add a trainee");
        field(row, "vaadin-text-field", "Name").locator("input").fill(name);
        field(row, "vaadin-text-field", "Position").locator("input").fill(position);
        field(row, "vaadin-text-field", "Organisation").locator("input").fill(organisation);
        field(row, "vaadin-email-field", "E-mail").locator("input").fill(email);
        settle(page);
    }

    private static Locator rowAddedIfMissing(Page page, int index, String addButton) {
        if (page.locator(".plan-row").count() <= index) {
            click(page, addButton);
        }
        return row(page, index);
    }

    /** Types the deadline of each item of {@link #LOGISTICS}, in its order, and ticks the first {@code done} items as done. */
    public static void fillLogistics(Page page, List<String> deadlines, int done) {
        for (int i = 0; i < LOGISTICS.size(); i++) {
            typeDate(field(page, "vaadin-date-picker", LOGISTICS.get(i) + ": deadline"), deadlines.get(i));
            if (i < done) {
                tick(page, LOGISTICS.get(i) + " done");
            }
        }
    }

    /** A session: when, what, where, by whom, how many took part on site and online, and which trainees attended. */
    public static void fillSession(Page page, String date, String time, String kind, String method, String venue,
                                   String facilitator, String onSite, String online, String... attendees) {
        Locator when = field(page, "vaadin-date-time-picker", "Date and time");
        Locator dateInput = when.locator("vaadin-date-time-picker-date-picker input, vaadin-date-picker input").first();
        dateInput.fill(date);
        dateInput.press("Enter");
        Locator timeInput = when.locator("vaadin-date-time-picker-time-picker input, vaadin-time-picker input").first();
        timeInput.fill(time);
        timeInput.press("Enter");
        timeInput.press("Tab");
        settle(page);
        choose(field(page, "vaadin-select", "Kind"), kind);
        // exactly: "Online" is also part of "Mixed (on site and online)"
        field(page, "vaadin-radio-group", "Method").getByText(method, new Locator.GetByTextOptions().setExact(true)).click();
        settle(page);
        field(page, "vaadin-text-field", "Venue").locator("input").fill(venue);
        field(page, "vaadin-text-field", "Facilitator").locator("input").fill(facilitator);
        BrowserSession.fill(page, "vaadin-integer-field", "Participants on site", onSite);
        BrowserSession.fill(page, "vaadin-integer-field", "Participants online", online);
        for (String trainee : attendees) {
            attended(page, trainee);
        }
    }

    private static void attended(Page page, String trainee) {
        field(page, "vaadin-checkbox-group", "Trainees who attended").locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(trainee)).click();
        settle(page);
    }

    /** Ticks the checkbox labelled {@code label}. */
    public static void tick(Page page, String label) {
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label)).locator("input").click();
        settle(page);
    }

    /** Chooses the trainee whose action plan is shown and fills its measure. */
    public static void fillMeasure(Page page, String trainee, String description, String responsible, String deadline) {
        choose(field(page, "vaadin-select", "Trainee"), trainee);
        Locator measure = page.locator(".plan-row").filter(new Locator.FilterOptions()
                .setHas(page.locator("label:text-is('What is done')")));
        field(measure, "vaadin-text-field", "What is done").locator("input").fill(description);
        field(measure, "vaadin-text-field", "Responsible person").locator("input").fill(responsible);
        typeDate(field(measure, "vaadin-date-picker", "Deadline"), deadline);
    }

    /** Adds an indicator target to the trainee's action plan and fills it; the target's row. */
    public static Locator addTarget(Page page, String indicator, String baseline, String target, String targetDate) {
        click(page, "Add an indicator target");
        Locator row = page.locator(".plan-row").filter(new Locator.FilterOptions()
                .setHas(page.locator("label:text-is('Baseline')")));
        choose(field(row, "vaadin-select", "Indicator"), indicator);
        field(row, "vaadin-text-field", "Baseline").locator("input").fill(baseline);
        field(row, "vaadin-text-field", "Target").locator("input").fill(target);
        typeDate(field(row, "vaadin-date-picker", "Target date"), targetDate);
        return row;
    }

    /** Saves the action plan of the trainee shown, and waits for the confirmation. */
    public static void savePlan(Page page, String trainee) {
        click(page, "Save the plan of this trainee");
        notification(page, "Action plan of " + trainee + " saved.");
    }

    /** The trainee's satisfaction field of the evaluation. */
    public static Locator satisfaction(Page page, String trainee) {
        return field(page, "vaadin-integer-field", trainee + ": satisfaction (1–5)");
    }

    /** Enters the trainee's satisfaction (1–5) in the evaluation. */
    public static void rate(Page page, String trainee, String satisfaction) {
        BrowserSession.fill(page, "vaadin-integer-field", trainee + ": satisfaction (1–5)", satisfaction);
    }

    /** Enters the trainee's comment in the evaluation. */
    public static void comment(Page page, String trainee, String comment) {
        field(page, "vaadin-text-field", trainee + ": comment").locator("input").fill(comment);
    }
}

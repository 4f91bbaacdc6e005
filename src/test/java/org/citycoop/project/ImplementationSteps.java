package org.citycoop.project;

import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * What the officer and the partner do on the implementation and closing screens of a project, one
 * step at a time, for the screen tests and the journeys: a row of the implementation plan, a text
 * area, an indicator target of the action plan. Dates are typed as {@code M/d/yyyy}.
 */
public final class ImplementationSteps {

    private ImplementationSteps() {
    }

    /** The {@code index}th row of the implementation plan. */
    public static Locator row(Page page, int index) {
        return page.locator(".plan-row").nth(index);
    }

    /** A row of the plan: its kind ("Training programme" or "Specialist dispatch"), title and planned dates. */
    public static void fillRow(Page page, int index, String kind, String title, String start, String end) {
        Locator row = row(page, index);
        choose(field(row, "vaadin-select", "Kind"), kind);
        field(row, "vaadin-text-field", "Title").locator("input").fill(title);
        typeDate(field(row, "vaadin-date-picker", "Planned start"), start);
        typeDate(field(row, "vaadin-date-picker", "Planned end"), end);
    }

    /** Types the text and leaves the field, as a user does before the next field. */
    public static void recordNote(Page page, String label, String text) {
        Locator textarea = field(page, "vaadin-text-area", label).locator("textarea");
        textarea.fill(text);
        textarea.blur();
        settle(page);
    }

    /** Fills the {@code index}th indicator target of the action plan; its row. */
    public static Locator fillTarget(Page page, int index, String indicator, String baseline, String target, String targetDate) {
        Locator row = page.locator(".target-row").nth(index);
        choose(field(row, "vaadin-select", "Indicator"), indicator);
        field(row, "vaadin-text-field", "Baseline").locator("input").fill(baseline);
        field(row, "vaadin-text-field", "Target").locator("input").fill(target);
        typeDate(field(row, "vaadin-date-picker", "Target date"), targetDate);
        return row;
    }
}

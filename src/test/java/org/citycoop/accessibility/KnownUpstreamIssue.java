package org.citycoop.accessibility;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Violations that come from inside Vaadin 24.9's own components, reported upstream and not fixable in
 * the application's code (DD031). Each is set aside only for its rule and the element it names;
 * anything else of the same rule still fails.
 */
enum KnownUpstreamIssue {

    /**
     * vaadin/web-components#7337: a required {@code vaadin-select} puts {@code aria-required} on its value
     * button (role "button"), which ARIA does not allow there. Seen on admin/indicators.
     */
    SELECT_VALUE_BUTTON_ARIA_REQUIRED("aria-allowed-attr", "vaadin-select-value-button[aria-required=\"true\"]", null),

    /**
     * vaadin/web-components#10944: the grid's multi-select column names each row's checkbox with an
     * {@code aria-label} on the {@code vaadin-checkbox} host instead of its accessible name, so the
     * input inside has no label. Set aside only where the page shows exactly that: the unlabelled input
     * sits in a grid cell and its checkbox host carries the name. Seen in the inbox (bulk actions).
     */
    GRID_ROW_CHECKBOX_NAMED_ON_ITS_HOST("label", "#input-vaadin-checkbox-",
            "input => input.closest('vaadin-grid-cell-content') !== null"
                    + " && !!input.closest('vaadin-checkbox')?.getAttribute('aria-label')");

    private final String rule;
    private final String targetPart;
    /** A script that, given the element, confirms it is the upstream case; null when the rule and target say it all. */
    private final String confirmation;

    KnownUpstreamIssue(String rule, String targetPart, String confirmation) {
        this.rule = rule;
        this.targetPart = targetPart;
        this.confirmation = confirmation;
    }

    static boolean covers(AxeScan.Finding finding, Page page) {
        return List.of(values()).stream().anyMatch(issue -> issue.rule.equals(finding.rule())
                && finding.target().contains(issue.targetPart) && issue.confirmedOn(finding, page));
    }

    private boolean confirmedOn(AxeScan.Finding finding, Page page) {
        if (confirmation == null) {
            return true;
        }
        // a light-DOM element's target reads "[#id]"
        String selector = finding.target().replaceAll("^\\[+|\\]+$", "");
        Locator element = page.locator(selector);
        return element.count() == 1 && Boolean.TRUE.equals(element.evaluate(confirmation));
    }
}

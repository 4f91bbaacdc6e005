package org.citycoop.accessibility;

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
    SELECT_VALUE_BUTTON_ARIA_REQUIRED("aria-allowed-attr", "vaadin-select-value-button[aria-required=\"true\"]");

    private final String rule;
    private final String targetPart;

    KnownUpstreamIssue(String rule, String targetPart) {
        this.rule = rule;
        this.targetPart = targetPart;
    }

    static boolean covers(AxeScan.Finding finding) {
        return List.of(values()).stream().anyMatch(issue -> issue.rule.equals(finding.rule()) && finding.target().contains(issue.targetPart));
    }
}

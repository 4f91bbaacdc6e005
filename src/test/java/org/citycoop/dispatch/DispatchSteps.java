package org.citycoop.dispatch;

import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Page;

/**
 * What the officer does on the dispatch's screens, one step at a time, for the screen tests and the
 * journeys: the terms of reference, the specialist and the mission of the plan, the mission report.
 * Dates are typed as {@code M/d/yyyy}.
 */
public final class DispatchSteps {

    private DispatchSteps() {
    }

    public static void fillTermsOfReference(Page page, TermsOfReference terms) {
        fillArea(page, "Purpose", terms.purpose());
        fillArea(page, "Tasks", terms.tasks());
        fillArea(page, "Expected outputs", terms.expectedOutputs());
    }

    /** The specialist of the plan. */
    public static void fillSpecialist(Page page, String name, String position, String expertise) {
        fill(page, "vaadin-text-field", "Name", name);
        fill(page, "vaadin-text-field", "Position", position);
        fill(page, "vaadin-text-field", "Expertise", expertise);
    }

    /** The mission of the plan: the country typed as {@code typed} and chosen as {@code country}, dates and cost. */
    public static void fillMission(Page page, String typed, String country, String departure, String returnDate, String costJpy) {
        chooseInComboBox(page, "Destination country", typed, country);
        typeDate(page, "Departure", departure);
        typeDate(page, "Return", returnDate);
        fill(page, "vaadin-text-field", "Cost estimate (JPY)", costJpy);
    }

    public static void fillMissionReport(Page page, String activities, String findings, String recommendations) {
        fillArea(page, "Activities", activities);
        fillArea(page, "Findings", findings);
        fillArea(page, "Recommendations", recommendations);
    }
}

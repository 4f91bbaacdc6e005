package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;
import static org.citycoop.dispatch.DispatchSteps.fillMission;
import static org.citycoop.dispatch.DispatchSteps.fillMissionReport;
import static org.citycoop.dispatch.DispatchSteps.fillSpecialist;
import static org.citycoop.dispatch.DispatchSteps.fillTermsOfReference;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.project.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One dispatch in Debian's Chromium, each actor signed in as themself on their own screens: the
 * officer writes the terms of reference (empty is refused on its field), plans a mission to Myanmar
 * with the return before the departure (refused on the return date, nothing saved), then 20 days;
 * the travel-safety check blocks it and the officer changes the plan to Indonesia; the manager's
 * refusal without a reason is refused, then the manager approves and the head approves; after the
 * return date the officer reports; the partner asks a question, the officer answers, the partner
 * acknowledges. An officer of another city is sent away; the administrator changes a country's
 * travel-safety level. Screenshots go to {@code target/screenshots/dispatch-*.png}.
 */
@CityCoopTest
class DispatchScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    DispatchFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void officerManagerHeadAndPartnerCarryOneDispatchThroughTheirScreens() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("dispatch", () -> journey(browser));
        }
    }

    @Test
    void theAdministratorChangesATravelSafetyLevel() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("dispatch-admin", () -> {
                Page admin = browser.signedIn("admin", 1280, 800);
                admin.locator("vaadin-side-nav-item:has-text('Travel-safety levels')").click();
                heading(admin, "Travel-safety levels").waitFor();
                assertThat(admin.locator("vaadin-grid").textContent()).contains("Indonesia", "1 – Exercise caution", "Fiji");
                chooseInComboBox(admin, "Country", "Fij", "Fiji (FJ)");
                choose(field(admin, "vaadin-select", "Level"), "2 – Avoid non-essential travel");
                click(admin, "Save level");
                notification(admin, "Travel-safety level of Fiji set to 2.");
                assertThat(admin.locator("vaadin-grid").textContent()).contains("2 – Avoid non-essential travel");
                shootLaptopAndPhone(admin, "dispatch-09-travel-safety-admin", field(admin, "vaadin-select", "Level"));
                assertThat(jdbc.sql("select level || ' ' || updated_by from travel_safety_level where country_iso2 = 'FJ'")
                        .query(String.class).single()).isEqualTo("2 admin");
            });
        }
    }

    private void journey(BrowserSession browser) {
        Project project = fixture.project("Screens test: dispatch");
        String dispatch = fixture.start(project).getId();
        Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);

        // terms of reference: empty is refused on its fields
        browser.openTask(officer, DispatchProcess.FORM_WRITE_TERMS_OF_REFERENCE, fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE));
        heading(officer, "Write terms of reference").waitFor();
        assertThat(officer.locator(".task-header").textContent()).contains(project.code());
        click(officer, "Save terms of reference");
        errorOf(field(officer, "vaadin-text-area", "Purpose"), "Purpose: say what the partner asked for");
        shootLaptopAndPhone(officer, "dispatch-01-terms-refused");
        fillTermsOfReference(officer, DispatchFixture.TERMS);
        click(officer, "Save terms of reference");
        done(officer, "Terms of reference for \"Compost centre set-up mission\" (" + project.code() + ") saved.");

        // another city's officer is sent away from the plan
        String plan = fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);
        Page stranger = browser.signedIn("yokohama.officer", 1280, 800);
        browser.assertSentAway(stranger, DispatchProcess.FORM_SELECT_SPECIALISTS, plan);
        assertThat(stranger.locator("body").textContent()).doesNotContain("compost centre");

        // the plan: return before departure is refused, nothing saved
        browser.openTask(officer, DispatchProcess.FORM_SELECT_SPECIALISTS, plan);
        heading(officer, "Select specialists and mission dates").waitFor();
        assertThat(officer.locator(".project-summary").allTextContents().toString()).contains("Surabaya asked for help");
        fillSpecialist(officer, "Kenta Mori", "Engineer, Waste Management Division", "Windrow composting");
        assertThat(field(officer, "vaadin-combo-box", "Destination country").locator("input").inputValue()).isEqualTo("Indonesia (level 1)");
        fillMission(officer, "Myan", "Myanmar (level 3)", "9/10/2027", "9/1/2027", "1200000");
        click(officer, "Send plan for approval");
        Locator returnDate = field(officer, "vaadin-date-picker", "Return");
        errorOf(returnDate, "Return: the return date must be on or after the departure date.");
        assertThat(field(officer, "vaadin-date-picker", "Departure").getAttribute("invalid")).isNull();
        shootLaptopAndPhone(officer, "dispatch-02-plan-refused", returnDate);
        assertThat(status(project)).isEqualTo("TERMS_WRITTEN");
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS)).isEqualTo(plan);

        typeDate(officer, "Return", "9/29/2027");
        assertThat(officer.locator("body").textContent()).contains("approval by the manager, then the head of the organisation");
        click(officer, "Send plan for approval");
        done(officer, "Plan of \"Compost centre set-up mission\" (" + project.code() + ") sent");

        // the travel-safety check blocks Myanmar; the officer changes the plan
        browser.openTask(officer, DispatchProcess.FORM_RESOLVE_SAFETY_BLOCK, fixture.task(dispatch, DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK));
        heading(officer, "Resolve travel-safety block").waitFor();
        assertThat(officer.locator(".manager-comment").textContent()).contains("Myanmar (MM) is at level 3 (avoid all travel)");
        shootLaptopAndPhone(officer, "dispatch-03-safety-block");
        click(officer, "Change the plan");
        done(officer, "is open again");

        browser.openTask(officer, DispatchProcess.FORM_SELECT_SPECIALISTS, fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS));
        heading(officer, "Select specialists and mission dates").waitFor();
        assertThat(officer.locator(".manager-comment").textContent()).contains("blocked by the travel-safety check");
        assertThat(field(officer, "vaadin-text-field", "Name").locator("input").inputValue()).isEqualTo("Kenta Mori");
        chooseInComboBox(officer, "Destination country", "Indo", "Indonesia (level 1)");
        click(officer, "Send plan for approval");
        done(officer, "Plan of \"Compost centre set-up mission\"");

        // the manager: a refusal needs a reason; then approves
        Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
        browser.openTask(manager, DispatchProcess.FORM_APPROVE_AS_MANAGER, fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER));
        heading(manager, "Approve travel and budget").waitFor();
        assertThat(manager.locator("body").textContent()).contains("Kenta Mori", "Indonesia (ID)", "¥1,200,000", "20 days",
                "the manager, then the head of the organisation");
        click(manager, "Refuse and return to the officer");
        errorOf(field(manager, "vaadin-text-area", "Reason or comment"), "Reason for refusal: this is required");
        shootLaptopAndPhone(manager, "dispatch-04-manager-refusal-refused");
        click(manager, "Approve dispatch");
        done(manager, "Dispatch \"Compost centre set-up mission\" (" + project.code() + ") approved.");

        // the head of the organisation
        Page head = browser.signedIn("kitakyushu.head", 1280, 800);
        browser.openTask(head, DispatchProcess.FORM_APPROVE_AS_HEAD, fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD));
        heading(head, "Approve dispatch as head").waitFor();
        assertThat(head.locator("body").textContent()).contains("Manager approved (kitakyushu.manager");
        shootLaptopAndPhone(head, "dispatch-05-head-approval");
        click(head, "Approve dispatch");
        done(head, "approved.");
        assertThat(status(project)).isEqualTo("APPROVED");

        // after the return date: the mission report
        fixture.fireReturnTimer(dispatch);
        browser.openTask(officer, DispatchProcess.FORM_SUBMIT_MISSION_REPORT, fixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT));
        heading(officer, "Submit mission report").waitFor();
        fillMissionReport(officer, "Site survey; five days of on-the-job training for six operators.",
                "The site floods in the rainy season.", "Raise the windrow pad by 30 cm before the rains.");
        shoot(officer, "dispatch-06-mission-report.png");
        click(officer, "Submit mission report");
        done(officer, "Mission report of \"Compost centre set-up mission\"");

        // the partner asks, the officer answers, the partner acknowledges
        Page partner = browser.signedIn("surabaya.partner", 1280, 800);
        browser.openTask(partner, DispatchProcess.FORM_ACKNOWLEDGE_REPORT, fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT));
        heading(partner, "Acknowledge mission report").waitFor();
        assertThat(partner.locator("body").textContent()).contains("Raise the windrow pad by 30 cm");
        fillArea(partner, "Question to the officer", "Who pays for raising the pad?");
        shootLaptopAndPhone(partner, "dispatch-07-partner-question", field(partner, "vaadin-text-area", "Question to the officer"));
        click(partner, "Ask the question");
        done(partner, "Question on \"Compost centre set-up mission\"");

        browser.openTask(officer, DispatchProcess.FORM_ANSWER_QUESTION, fixture.task(dispatch, DispatchProcess.TASK_ANSWER_QUESTION));
        heading(officer, "Answer partner's question").waitFor();
        assertThat(officer.locator(".manager-comment").textContent()).contains("Who pays for raising the pad?");
        fillArea(officer, "Answer", "The city's cleansing agency, from its 2028 budget.");
        click(officer, "Send answer");
        done(officer, "Answer on \"Compost centre set-up mission\"");

        browser.openTask(partner, DispatchProcess.FORM_ACKNOWLEDGE_REPORT, fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT));
        heading(partner, "Acknowledge mission report").waitFor();
        assertThat(partner.locator("body").textContent()).contains("The city's cleansing agency, from its 2028 budget.");
        shoot(partner, "dispatch-08-acknowledge.png");
        click(partner, "Acknowledge report");
        done(partner, "acknowledged.");
        settle(partner);

        assertThat(status(project)).isEqualTo("ACKNOWLEDGED");
    }

    private String status(Project project) {
        return jdbc.sql("select status from dispatch where project_id = :id").param("id", project.id()).query(String.class).single();
    }
}

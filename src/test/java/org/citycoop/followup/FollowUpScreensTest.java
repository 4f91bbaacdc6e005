package org.citycoop.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.followup.FollowUpSteps.enter;
import static org.citycoop.followup.FollowUpSteps.reportValue;
import static org.citycoop.followup.FollowUpSteps.review;
import static org.citycoop.followup.FollowUpSteps.schedule;
import static org.citycoop.followup.FollowUpSteps.yesterday;

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
 * The follow-up screens in Debian's Chromium, each actor signed in as themself: the officer sets the
 * schedule (a malformed one is refused on its field), the partner reports the first round (a value
 * that is not a number is refused on its field and nothing is saved), the officer reviews it, and
 * the project page shows each indicator's baseline, target and actual. Then the administrator edits
 * the indicator library. Screenshots: {@code target/screenshots/followup-*.png}, 1280×800 and 390×844.
 */
@CityCoopTest
class FollowUpScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void officerSchedulesPartnerReportsOfficerReviewsAndTheProjectPageShowsTheIndicators() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("followup", () -> journey(browser));
        }
    }

    @Test
    void anAdministratorAddsAndEditsAnIndicatorOfTheLibrary() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("followup-indicators", () -> indicators(browser));
        }
    }

    private void journey(BrowserSession browser) {
        Project project = fixtures.projectInFollowUp();
        Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);

        // the schedule: words are refused, an ISO-8601 repeating interval is taken
        String scheduleTask = fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId();
        browser.openTask(officer, FollowUpProcess.FORM_SET_SCHEDULE, scheduleTask);
        heading(officer, "Set follow-up schedule").waitFor();
        assertThat(officer.locator(".indicator-table").textContent()).contains("Organic waste composted", "t/day", "Recycling rate");
        Locator schedule = schedule(officer);
        schedule.locator("input").fill("every six months");
        click(officer, "Set schedule");
        errorOf(schedule, "Schedule: \"every six months\" is not a repeating interval");
        shootLaptopAndPhone(officer, "followup-01-schedule-refused", schedule);
        assertThat(fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId()).isEqualTo(scheduleTask);

        schedule.locator("input").fill("R2/P6M");
        click(officer, "Set schedule");
        done(officer, "Follow-up of " + project.code() + " scheduled: rounds due on");
        fixtures.roundDue(project);

        // the partner reports the first round: "about 4" is not a number
        Page partner = browser.signedIn("surabaya.partner", 1280, 800);
        String reportTask = fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId();
        browser.openTask(partner, FollowUpProcess.FORM_REPORT_PROGRESS, reportTask);
        heading(partner, "Report progress on indicators").waitFor();
        Locator composting = partner.locator(".progress-entry").nth(0);
        Locator recycling = partner.locator(".progress-entry").nth(1);
        reportValue(composting, "Actual value: Organic waste composted (t/day)", "about 4", yesterday());
        enter(composting, "Comment", "Two new compost yards in Rungkut.");
        reportValue(recycling, "Actual value: Recycling rate (%)", "11", yesterday());
        click(partner, "Submit progress report");
        errorOf(field(composting, "vaadin-text-field", "Actual value: Organic waste composted (t/day)"), "is not a number");
        assertThat(field(recycling, "vaadin-text-field", "Actual value: Recycling rate (%)").getAttribute("invalid")).isNull();
        shootLaptopAndPhone(partner, "followup-02-report-refused", composting);
        assertThat(progressRows(project)).isZero();
        assertThat(fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId()).isEqualTo(reportTask);

        enter(composting, "Actual value: Organic waste composted (t/day)", "4.5");
        click(partner, "Submit progress report");
        done(partner, "Progress report of round 1 of " + project.code() + " submitted.");
        assertThat(progressRows(project)).isEqualTo(2);

        // the officer reviews: an outcome is needed, then accepted without a visit
        browser.openTask(officer, FollowUpProcess.FORM_REVIEW_PROGRESS, fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId());
        heading(officer, "Review progress report").waitFor();
        assertThat(officer.locator(".indicator-table").textContent()).contains("Round 1: 4.5", "(under review)",
                "Two new compost yards in Rungkut.", "Round 1: 11");
        click(officer, "Record review");
        errorOf(field(officer, "vaadin-radio-group", "Review"), "Review: choose accept or ask the partner to correct.");
        review(officer, "Accept the report", "No visit this round");
        shootLaptopAndPhone(officer, "followup-03-review", field(officer, "vaadin-radio-group", "Follow-up visit needed?"));
        click(officer, "Record review");
        done(officer, "Review of round 1 of " + project.code() + " recorded.");
        assertThat(fixtures.roundTimer(project)).as("the second round waits for its day").isNotNull();

        // the project page, seen by the partner: baseline, target and actual of each indicator
        partner.navigate(browser.url("projects/" + project.code()));
        settle(partner);
        Locator indicators = partner.locator(".project-indicators");
        indicators.locator("h3:text-is('Indicators')").waitFor();
        assertThat(indicators.locator("vaadin-grid").textContent()).contains("Organic waste composted", "t/day", "2", "10 (31 Mar 2029)",
                "Round 1: 4.5 on", "Recycling rate", "8", "20 (31 Mar 2029)", "Round 1: 11 on");
        assertThat(indicators.locator("vaadin-grid").textContent()).doesNotContain("(under review)");
        shootLaptopAndPhone(partner, "followup-04-project-page", indicators);
    }

    private void indicators(BrowserSession browser) {
        Page admin = browser.signedIn("admin", 1280, 800);
        admin.locator("vaadin-side-nav-item:has-text('Indicators')").click();
        heading(admin, "Indicator library").waitFor();
        assertThat(admin.locator("vaadin-grid").textContent()).contains("Recycling rate", "Non-revenue water", "Lower is better");

        // all empty, then a code in lower case: each problem on its field, nothing saved
        click(admin, "Save indicator");
        errorOf(field(admin, "vaadin-text-field", "Code"), "Code: capital letters");
        errorOf(field(admin, "vaadin-text-field", "Name (English)"), "Name (English): enter the indicator's English name");
        errorOf(field(admin, "vaadin-text-field", "Unit"), "Unit: enter the unit");
        errorOf(field(admin, "vaadin-select", "Better when"), "Direction: choose whether higher or lower");
        String code = "PLASTIC_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        field(admin, "vaadin-text-field", "Code").locator("input").fill(code.toLowerCase());
        field(admin, "vaadin-text-field", "Name (English)").locator("input").fill("Plastic waste collected separately");
        field(admin, "vaadin-text-field", "Name (Japanese)").locator("input").fill("プラスチックごみ分別回収量");
        field(admin, "vaadin-text-field", "Unit").locator("input").fill("t/month");
        choose(field(admin, "vaadin-select", "Better when"), "Higher is better");
        click(admin, "Save indicator");
        errorOf(field(admin, "vaadin-text-field", "Code"), "Code: capital letters");
        assertThat(field(admin, "vaadin-text-field", "Name (English)").getAttribute("invalid")).isNull();
        shootLaptopAndPhone(admin, "followup-05-indicator-refused", field(admin, "vaadin-text-field", "Code"));
        assertThat(indicatorRows(code)).isZero();

        field(admin, "vaadin-text-field", "Code").locator("input").fill(code);
        click(admin, "Save indicator");
        notification(admin, "Indicator Plastic waste collected separately saved.");
        assertThat(admin.locator("vaadin-grid").textContent()).contains(code, "Plastic waste collected separately", "t/month");
        assertThat(field(admin, "vaadin-text-field", "Code").getAttribute("readonly")).as("a saved code stays").isNotNull();

        // editing it: the unit changes, the code stays
        field(admin, "vaadin-text-field", "Unit").locator("input").fill("t/year");
        click(admin, "Save indicator");
        notification(admin, "Indicator Plastic waste collected separately saved.");
        assertThat(jdbc.sql("select unit || ' ' || direction || ' ' || name_ja from indicator where code = :code").param("code", code)
                .query(String.class).single()).isEqualTo("t/year HIGHER プラスチックごみ分別回収量");
        shootLaptopAndPhone(admin, "followup-06-indicators", admin.locator("vaadin-grid"));
    }

    private int progressRows(Project project) {
        return jdbc.sql("""
                        select count(*) from follow_up_progress g join follow_up_round r on r.id = g.round_id
                        join project p on p.id = r.project_id where p.code = :code""")
                .param("code", project.code()).query(Integer.class).single();
    }

    private int indicatorRows(String code) {
        return jdbc.sql("select count(*) from indicator where code = :code").param("code", code).query(Integer.class).single();
    }
}

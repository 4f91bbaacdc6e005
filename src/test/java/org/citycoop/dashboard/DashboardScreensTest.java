package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in Debian's Chromium: Kitakyushu's manager chooses the fiscal years 2040 to 2041 and
 * sees every panel with its chart, table and CSV download, and a range that ends before it starts
 * is refused on the field; an officer has no dashboard in the menu and cannot open its route.
 * Screenshots: {@code target/screenshots/dashboard-*.png}.
 */
@CityCoopTest
class DashboardScreensTest {

    @LocalServerPort
    int port;

    @Autowired DashboardFixture fixture;
    @Autowired DashboardService dashboards;

    @Test
    void aManagerReadsTheDashboardOfTheirOrganisationAndAnOfficerHasNone() {
        long surabaya = fixture.project("KIT", "SBY", "WASTE", LocalDate.of(2040, 4, 1));
        long dalian = fixture.project("KIT", "DLC", "AIR_QUALITY", LocalDate.of(2041, 3, 31));
        fixture.project("YOK", "DAD", "SEWERAGE", LocalDate.of(2040, 6, 1));
        fixture.trainees(surabaya, 4);
        fixture.dispatch(dalian, "CN", "REPORTED");
        long application = fixture.application(surabaya, "JICA_GRASSROOTS_LG", 12_000_000, 10_000_000L);
        fixture.agreement(application, 10_000_000, List.of(LocalDate.of(2020, 4, 1)), List.of(4_000_000L));
        fixture.round(surabaya, 1, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 9));
        fixture.round(surabaya, 2, LocalDate.of(2020, 7, 10), null);
        fixture.finishedTasks(fixture.codeOf(surabaya), "Task_ScreenProposal",
                List.of(Duration.ofDays(2), Duration.ofDays(5), Duration.ofDays(9)));

        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("dashboard", () -> {
                Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
                manager.locator("vaadin-side-nav-item:has-text('Dashboard')").click();
                heading(manager, "Dashboard").waitFor();
                setYear(manager, "To fiscal year", "2041");
                setYear(manager, "From fiscal year", "2040");

                Locator regions = manager.locator("#projects-by-region");
                regions.locator("vaadin-grid-cell-content:text-is('JFY 2041')").waitFor();
                assertThat(regions.locator("vaadin-grid-cell-content:text-is('Total')").count()).as("header and totals row").isEqualTo(2);
                assertThat(manager.locator(".report-panel").count()).isEqualTo(8);
                assertThat(regions.locator("citycoop-chart").count()).isEqualTo(1);
                assertThat(manager.locator("#projects-by-lead vaadin-grid-cell-content:text-is('City of Kitakyushu')").count()).isEqualTo(1);
                assertThat(manager.locator("#projects-by-lead vaadin-grid-cell-content:text-is('Yokohama City')").count())
                        .as("Yokohama's project is not Kitakyushu's to count").isZero();
                assertThat(manager.locator("#trainees-by-country vaadin-grid-cell-content:text-is('Indonesia')").count()).isEqualTo(1);
                assertThat(manager.locator("#funding-pipeline vaadin-grid-cell-content:text-is('¥4,000,000')").count()).isEqualTo(1);
                assertThat(manager.locator("#follow-up-on-time vaadin-grid-cell-content:text-is('50.0 %')").count())
                        .as("one round on time, one late: 50 % each").isEqualTo(2);
                assertThat(manager.locator("#cycle-time vaadin-grid-cell-content:text-is('5.0 days')").count()).isEqualTo(1);
                assertThat(manager.locator(".report-panel a.csv-download").count()).isEqualTo(8);
                shootLaptopAndPhone(manager, "dashboard-kitakyushu-manager");
                manager.locator("#funding-pipeline").scrollIntoViewIfNeeded();
                BrowserSession.shoot(manager, "dashboard-kitakyushu-manager-funding.png");
                manager.locator("#follow-up-on-time").scrollIntoViewIfNeeded();
                BrowserSession.shoot(manager, "dashboard-kitakyushu-manager-follow-up.png");

                setYear(manager, "From fiscal year", "2042");
                assertThat(manager.locator("vaadin-integer-field[invalid]").count()).isEqualTo(1);
                assertThat(manager.locator(".report-panel").count()).as("no figures of another range").isZero();
                shootLaptopAndPhone(manager, "dashboard-range-refused");

                Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);
                assertThat(officer.locator("vaadin-side-nav-item:has-text('Dashboard')").count()).isZero();
                officer.navigate(browser.url("dashboard"));
                settle(officer);
                assertThat(heading(officer, "Dashboard").count()).isZero();
                assertThat(officer.locator(".report-panel").count()).isZero();
            });
        }
    }

    @Test
    void aManagerSeesWhereTheirProjectsWaitInTheProcessAndListsTheProjectsOfAStep() {
        long screening = fixture.project("KIT", "SBY", "WASTE", LocalDate.of(2040, 4, 1));
        long studying = fixture.project("KIT", "DLC", "WATER_SUPPLY", LocalDate.of(2040, 5, 1));
        long yokohamas = fixture.project("YOK", "DAD", "SEWERAGE", LocalDate.of(2040, 6, 1));
        fixture.processAt(screening, "Task_ScreenProposal");
        fixture.overdue(screening, "Task_ScreenProposal");
        fixture.processAt(studying, "CallActivity_FeasibilityStudy");
        fixture.processAt(yokohamas, "Task_ScreenProposal");
        // the demo's own projects wait at steps too: the badges must say what the service counts
        ProcessSteps expected = dashboards.projectsAtSteps(DashboardFixture.manager("KIT"));
        ProcessSteps.Step screen = step(expected, "Task_ScreenProposal");
        ProcessSteps.Step study = step(expected, "CallActivity_FeasibilityStudy");

        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("dashboard-process", () -> {
                Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
                manager.navigate(browser.url("dashboard"));
                Locator panel = manager.locator("#process-diagram");
                Locator screenBadge = panel.locator(".badge[data-step-id='Task_ScreenProposal']");
                screenBadge.waitFor();

                assertThat(panel.locator("svg [data-element-id='Task_ScreenProposal']").count()).as("the step is drawn").isEqualTo(1);
                assertThat(screenBadge.textContent()).isEqualTo(screen.waiting() + " · " + screen.overdue() + " overdue");
                assertThat(screenBadge.getAttribute("class")).contains("overdue");
                assertThat(panel.locator(".badge[data-step-id='CallActivity_FeasibilityStudy']").textContent())
                        .isEqualTo(study.overdue() == 0 ? String.valueOf(study.waiting()) : study.waiting() + " · " + study.overdue() + " overdue");
                assertThat(panel.locator(".badge").count()).as("a badge on each step where projects wait")
                        .isEqualTo((int) expected.steps().stream().filter(step -> step.waiting() > 0).count());

                screenBadge.click();
                Locator projects = panel.locator("vaadin-grid.process-step-projects");
                projects.locator("a:text-is('" + fixture.codeOf(screening) + "')").waitFor();
                assertThat(panel.locator("h4").textContent()).isEqualTo("Projects at \"Screen project proposal\"");
                assertThat(projects.locator("vaadin-grid-cell-content:text-is('Overdue')").count()).isPositive();
                assertThat(projects.locator("a:text-is('" + fixture.codeOf(yokohamas) + "')").count())
                        .as("Yokohama's project is not Kitakyushu's to list").isZero();
                assertThat(projects.locator("a:text-is('" + fixture.codeOf(screening) + "')").getAttribute("href"))
                        .isEqualTo("projects/" + fixture.codeOf(screening));
                shootLaptopAndPhone(manager, "dashboard-process-diagram", panel);

                // the same list without a mouse: the step list beside the diagram
                manager.setViewportSize(390, 844);
                settle(manager);
                BrowserSession.choose(panel.locator("vaadin-select.process-step-choice"), "Carry out feasibility study");
                projects.locator("a:text-is('" + fixture.codeOf(studying) + "')").waitFor();
                double diagramWidth = ((Number) manager.evaluate("document.querySelector('citycoop-process-diagram').getBoundingClientRect().width")).doubleValue();
                assertThat(diagramWidth).as("the diagram stays inside a phone's width").isLessThanOrEqualTo(390);
                assertThat(((Number) manager.evaluate("document.documentElement.scrollWidth")).intValue()).as("the page is not widened").isLessThanOrEqualTo(390);
                panel.scrollIntoViewIfNeeded();
                BrowserSession.shoot(manager, "dashboard-process-diagram-step-phone.png");
            });
        }
    }

    private static ProcessSteps.Step step(ProcessSteps steps, String stepId) {
        return steps.steps().stream().filter(step -> step.stepId().equals(stepId)).findFirst().orElseThrow();
    }

    private static void setYear(Page page, String label, String year) {
        Locator field = page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHas(
                page.locator("label:text-is('" + label + "')"))).locator("input");
        field.fill(year);
        field.press("Enter");
        settle(page);
    }
}

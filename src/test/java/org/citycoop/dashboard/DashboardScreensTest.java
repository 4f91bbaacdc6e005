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
                assertThat(manager.locator("#projects-by-lead vaadin-grid-cell-content:text-is('Kitakyushu City')").count()).isEqualTo(1);
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

    private static void setYear(Page page, String label, String year) {
        Locator field = page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHas(
                page.locator("label:text-is('" + label + "')"))).locator("input");
        field.fill(year);
        field.press("Enter");
        settle(page);
    }
}

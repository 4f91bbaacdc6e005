package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project list in Debian's Chromium: an officer narrows it by partner city and fiscal year,
 * the filter lands in the address bar (a shared link opens the same list), and the CSV export of
 * that filter holds the same projects; another city's officer who opens the same links sees none
 * of them. Screenshots: {@code target/screenshots/project-list-*.png}.
 */
@CityCoopTest
class ProjectListScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void anOfficerFiltersTheListSharesItAndExportsIt() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("project-list", () -> journey(browser));
        }
    }

    private Project propose(String title, String partner, LocalDate start) {
        var proposal = TestProposals.of(title, partner);
        proposal.setPlannedStart(start);
        proposal.setPlannedEnd(start.plusYears(2));
        return projects.propose(proposal, users.get("kitakyushu.officer"));
    }

    private void journey(BrowserSession browser) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Project surabaya = propose("スラバヤ市 composting " + run, "SBY", LocalDate.of(2036, 5, 1));
        Project dalian = propose("Dalian sewerage " + run, "DLC", LocalDate.of(2036, 5, 1));
        Project earlier = propose("Surabaya earlier " + run, "SBY", LocalDate.of(2035, 5, 1));

        Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);
        officer.navigate(browser.url("projects"));
        heading(officer, "Projects").waitFor();
        settle(officer);
        chooseInComboBox(officer, "Partner city", "Surabaya", "Surabaya");
        settle(officer);
        chooseInComboBox(officer, "Fiscal year (start)", "2036", "JFY 2036");
        settle(officer);
        String grid = officer.locator("vaadin-grid").textContent();
        assertThat(grid).contains(surabaya.code(), "スラバヤ市 composting " + run)
                .doesNotContain(dalian.code(), earlier.code());
        assertThat(officer.url()).contains("partner=SBY", "fy=2036");
        shootLaptopAndPhone(officer, "project-list-01-filtered");

        // the address is the filter: opened afresh, it shows the same list
        String shared = officer.url();
        officer.navigate(shared);
        heading(officer, "Projects").waitFor();
        settle(officer);
        assertThat(officer.locator("vaadin-grid").textContent()).contains(surabaya.code()).doesNotContain(dalian.code());

        String exportHref = officer.locator("a.project-export").getAttribute("href");
        assertThat(exportHref).contains("partner=SBY", "fy=2036");
        APIResponse csv = officer.request().get(browser.url(exportHref.substring(1)));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.headers().get("content-disposition")).contains("attachment");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + surabaya.code() + "\",\"スラバヤ市 composting " + run + "\"")
                .doesNotContain(dalian.code(), earlier.code());

        // another city's officer opening both links learns nothing of Kitakyushu's projects
        Page stranger = browser.signedIn("yokohama.officer", 1280, 800);
        stranger.navigate(shared);
        heading(stranger, "Projects").waitFor();
        settle(stranger);
        assertThat(stranger.locator("vaadin-grid").textContent()).doesNotContain(surabaya.code());
        assertThat(stranger.locator("body").textContent()).contains("No project matches these filters");
        String strangerCsv = stranger.request().get(browser.url(exportHref.substring(1))).text();
        assertThat(strangerCsv).startsWith("\uFEFF\"Code\"").doesNotContain(surabaya.code());
        shootLaptopAndPhone(stranger, "project-list-02-other-organisation");

        // not signed in: no CSV at all
        APIResponse anonymous = browser.newPage(1280, 800).request().get(browser.url(exportHref.substring(1)),
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
        assertThat(anonymous.status()).isNotEqualTo(200);
        assertThat(anonymous.text()).doesNotContain(surabaya.code());
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's import screen in Debian's Chromium: a file with bad rows shows every bad
 * row (line, column, what to do) and imports nothing; the corrected file imports. Screenshots:
 * {@code target/screenshots/import-*.png}.
 */
@CityCoopTest
class ImportScreenTest {

    private static final String HEADER =
            "code,title,lead_code,partner_code,theme,cooperation_type,funding_scheme,start_date,end_date,budget_jpy,status\n";

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void anAdministratorSeesTheBadRowsOfARefusedFileThenImportsTheCorrectedFile() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("import", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String first = "HIST-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
        String second = "HIST-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
        String bad = HEADER
                + first + ",\"北九州・スラバヤ 堆肥化, phase 1\",KIT,SBY,WASTE,INTERNATIONAL_CONTRIBUTION,JICA_GRASSROOTS_LG,2014-04-01,2017-03-31,30000000,CLOSED\n"
                + second + ",Dalian water network,KIT,DLC,WATER,CONSULTATION,,2016-03-31,,5000000,FINISHED\n";
        String good = bad.replace(",WATER,", ",WATER_SUPPLY,").replace(",FINISHED", ",IMPLEMENTATION");

        Page admin = browser.signedIn("admin", 1280, 800);
        admin.navigate(browser.url("admin/import"));
        heading(admin, "Import from CSV").waitFor();
        upload(admin, bad);
        click(admin, "Import");

        Locator problems = admin.locator("#import-problems");
        problems.waitFor();
        assertThat(admin.locator("#import-result").textContent()).contains("Nothing was imported: 2 problems");
        assertThat(problems.locator("vaadin-grid-cell-content").allTextContents())
                .contains("3", "theme", "status");
        assertThat(projects.find(first, users.get("kitakyushu.officer"))).as("nothing of a refused file").isEmpty();
        shootLaptopAndPhone(admin, "import-00-rejected", problems);

        admin.navigate(browser.url("admin/import"));
        heading(admin, "Import from CSV").waitFor();
        upload(admin, good);
        click(admin, "Import");
        admin.locator("#import-result:has-text('2 projects imported')").waitFor();
        assertThat(admin.locator("#import-problems").isVisible()).isFalse();
        assertThat(projects.require(first, users.get("kitakyushu.officer")).title()).isEqualTo("北九州・スラバヤ 堆肥化, phase 1");
        shootLaptopAndPhone(admin, "import-01-imported", admin.locator("#import-result"));
    }

    private static void upload(Page page, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("vaadin-upload-file[complete]").waitFor();
        settle(page);
    }
}

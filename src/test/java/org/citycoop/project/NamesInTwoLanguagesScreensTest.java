package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names in the reader's language (DD029) in Debian's Chromium: on the same project a Japanese
 * officer of Kitakyushu reads 北九州市 and スラバヤ市 where an English manager reads City of Kitakyushu
 * and Surabaya; the project page names both parties with the other form beside, the project list
 * only in the reader's form; the header names the signed-in person in their language.
 * Screenshots: {@code target/screenshots/names-*.png} (a CJK font is needed, see STACK.md).
 */
@CityCoopTest
class NamesInTwoLanguagesScreensTest {

    private static final String OFFICER = "kitakyushu.officer";
    private static final String MANAGER = "kitakyushu.manager";

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void theBrowsersDecideTheLanguage() {
        jdbc.sql("update app_user set preferred_language = null where username in (:users)")
                .param("users", List.of(OFFICER, MANAGER)).update();
    }

    @Test
    void aJapaneseUserReadsTheJapaneseNamesWhereAnEnglishUserReadsTheEnglishOnes() {
        String title = "Names " + UUID.randomUUID().toString().substring(0, 8);
        Project project = projects.propose(TestProposals.of(title, "SBY"), users.get(OFFICER));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("names", () -> {
                Page japanese = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(japanese, OFFICER);
                assertThat(japanese.locator(".signed-in-user").textContent())
                        .contains("田中 愛子", "北九州市").doesNotContain("Aiko Tanaka");
                japanese.navigate(browser.url("projects/" + project.code()));
                settle(japanese);
                assertThat(japanese.locator(".project-summary").textContent())
                        .contains("北九州市 (City of Kitakyushu)", "スラバヤ市 (Surabaya) · インドネシア");
                shootLaptopAndPhone(japanese, "names-00-project-page-ja", japanese.locator(".project-summary"));

                japanese.navigate(browser.url("projects?partner=SBY"));
                settle(japanese);
                Locator japaneseCells = japanese.locator("vaadin-grid-cell-content");
                japanese.locator("vaadin-grid-cell-content:text-is('スラバヤ市')").first().waitFor();
                assertThat(japaneseCells.allTextContents()).as("a dense list: the reader's form only")
                        .contains("北九州市", "スラバヤ市").doesNotContain("City of Kitakyushu", "北九州市 (City of Kitakyushu)");
                shootLaptopAndPhone(japanese, "names-01-project-list-ja");

                Page english = browser.signedIn(MANAGER, 1280, 800);
                assertThat(english.locator(".signed-in-user").textContent())
                        .contains("Hiroshi Sato", "City of Kitakyushu").doesNotContain("佐藤");
                english.navigate(browser.url("projects/" + project.code()));
                settle(english);
                assertThat(english.locator(".project-summary").textContent())
                        .contains("City of Kitakyushu (北九州市)", "Surabaya (スラバヤ市) · Indonesia");
                shootLaptopAndPhone(english, "names-02-project-page-en", english.locator(".project-summary"));

                english.navigate(browser.url("projects?partner=SBY"));
                settle(english);
                english.locator("vaadin-grid-cell-content:text-is('City of Kitakyushu')").first().waitFor();
                assertThat(english.locator("vaadin-grid-cell-content").allTextContents())
                        .contains("City of Kitakyushu", "Surabaya").doesNotContain("北九州市", "スラバヤ市");
            });
        }
    }
}

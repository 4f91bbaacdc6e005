package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.base.UserLanguageService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager whose browser asks for English picks 日本語 in the header: the page comes back in
 * Japanese at once, and after signing out and in again (a new session, the browser still asking
 * for English) the screens are still Japanese. Picking English turns them back.
 * Screenshots: {@code target/screenshots/language-*.png}.
 */
@CityCoopTest
class LanguageChoiceScreenTest {

    private static final String MANAGER = "cat23.manager";

    @LocalServerPort int port;
    @Autowired UserLanguageService languages;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void browserLanguageAgain() {
        jdbc.sql("update app_user set preferred_language = null where username = :username").param("username", MANAGER).update();
    }

    @Test
    void japaneseChosenInTheHeaderStaysAfterSigningInAgain() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("language", () -> {
                Page page = browser.signedIn(MANAGER);
                pick(page, "日本語");
                heading(page, "タスク一覧").waitFor();
                settle(page);
                assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).contains("タスク一覧", "案件");
                assertThat(languages.chosenBy(MANAGER)).contains(Locale.JAPANESE);
                shoot(page, "language-01-japanese-chosen.png");

                page.locator("vaadin-button:has-text('ログアウト')").click();
                page.waitForURL("**/login");
                signInOnTheEnglishLoginForm(page);
                heading(page, "タスク一覧").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
                settle(page);
                assertThat(page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("ログアウト")).count())
                        .isEqualTo(1);
                shoot(page, "language-02-japanese-after-sign-in.png");

                pick(page, "English");
                heading(page, "Task inbox").waitFor();
                assertThat(languages.chosenBy(MANAGER)).contains(Locale.ENGLISH);
            });
        }
    }

    /** Chooses a language in the header's picker; the page loads again. */
    private static void pick(Page page, String language) {
        page.locator("vaadin-select.language-picker").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(language)).click();
    }

    /** The login page knows no user yet: it follows the browser, which asks for English. */
    private static void signInOnTheEnglishLoginForm(Page page) {
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(MANAGER);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}

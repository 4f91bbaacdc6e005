package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, as people meet them: a guesser on the login form is told how long to wait, and the
 * admin finds those attempts in the security log by filtering who and action.
 */
@CityCoopTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityLogScreenTest {

    @LocalServerPort
    int port;

    private BrowserSession browser;

    @BeforeAll
    void openBrowser() {
        browser = BrowserSession.onPort(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aThrottledGuesserIsToldTheWaitAndTheAdminFindsTheAttemptsInTheLog() {
        String guesser = "guesser." + UUID.randomUUID().toString().substring(0, 8);
        browser.run("security-log", () -> {
            Page login = browser.newPage(1280, 800);
            // behind the trusted local proxy, from an address of the guesser's own
            login.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.77"));
            for (int attempt = 0; attempt < 13 && !login.url().contains("throttled"); attempt++) {
                login.navigate(browser.url("login"));
                login.locator("input[name=username]").waitFor();
                settle(login);
                login.locator("input[name=username]").fill(guesser);
                login.locator("input[name=password]").fill("guess-" + attempt);
                login.locator("vaadin-button:has-text('Sign in')").click();
                login.waitForURL(url -> url.contains("error") || url.contains("throttled"));
            }
            login.locator("vaadin-login-form").getByText("Too many failed sign-ins").waitFor();
            settle(login);
            assertThat(login.getByText("Sign-in is paused").innerText()).containsPattern("Try again in \\d+ seconds?\\.");
            shootLaptopAndPhone(login, "security-log-01-throttled-login");

            Page admin = browser.signedIn("admin");
            admin.navigate(browser.url("admin/security-log"));
            settle(admin);
            BrowserSession.fill(admin, "vaadin-text-field", "Who", guesser);
            BrowserSession.chooseInComboBox(admin, "Action", "LOGIN_THR", "LOGIN_THROTTLED");
            settle(admin);
            assertThat(Grids.rowWith(admin, guesser)).contains("LOGIN_THROTTLED", "198.51.100.77");
            shootLaptopAndPhone(admin, "security-log-02-admin-filtered");
        });
    }
}

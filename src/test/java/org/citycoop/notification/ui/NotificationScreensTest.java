package org.citycoop.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.notification.NotificationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.WorkTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, as the manager meets them: the bell counts the unread notifications, its list opens a
 * new task's screen and the count drops; the settings screen refuses a bad address naming the field.
 */
@CityCoopTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired NotificationService notifications;
    @Autowired TestUsers users;

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
    void theBellCountsANewTaskAndItsNotificationOpensTheTask() {
        CityCoopUser manager = users.get("kitakyushu.manager");
        notifications.markAllRead(manager);
        Project project = projects.propose(TestProposals.of("Bell screen " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
        WorkTask screening = projects.openTasks(project.code(), manager).get(0);
        browser.run("notifications", () -> {
            Page page = browser.signedIn("kitakyushu.manager");
            Locator bell = page.locator("a.notification-bell");
            assertThat(bell.getAttribute("aria-label")).isEqualTo("Notifications: 1 unread");
            assertThat(bell.locator(".notification-count").innerText()).isEqualTo("1");

            bell.click();
            BrowserSession.heading(page, "Notifications").waitFor();
            settle(page);
            Locator card = page.locator("a.mention-card.unread")
                    .filter(new Locator.FilterOptions().setHasText("Task for you or your team: " + screening.name() + " (" + project.code() + ")"));
            shootLaptopAndPhone(page, "notifications-01-list", card);

            card.click();
            page.waitForURL(url -> url.endsWith(screening.route()));
            settle(page);
            assertThat(page.locator("a.notification-bell").getAttribute("aria-label")).isEqualTo("Notifications");
            assertThat(page.locator("a.notification-bell .notification-count").count()).isZero();
        });
    }

    @Test
    void theSettingsRefuseABadAddressNamingTheField() {
        browser.run("notification-settings", () -> {
            Page page = browser.signedIn("kitakyushu.officer");
            page.navigate(browser.url("settings/notifications"));
            BrowserSession.heading(page, "Notification settings").waitFor();
            BrowserSession.fill(page, "vaadin-email-field", "E-mail address", "officer at city");
            BrowserSession.click(page, "Save");

            Locator email = BrowserSession.field(page, "vaadin-email-field", "E-mail address");
            assertThat(BrowserSession.errorOf(email, "E-mail address:").innerText()).contains("leave it empty");
            shootLaptopAndPhone(page, "notifications-02-settings-refused");
            assertThat(notifications.settingsOf(users.get("kitakyushu.officer")).email()).isEmpty();
        });
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partner portal in Debian's Chromium on a phone: the partner coordinator of Kuala Lumpur signs
 * in and lands on the portal, sees the agreement waiting for them as a large touch target, their
 * city's project and what Kitakyushu did on it, and opens the task with one tap; an officer has
 * no portal. Screenshots: {@code target/screenshots/partner-portal-*.png}.
 */
@CityCoopTest
class PartnerPortalScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;

    @Test
    void aPartnerLandsOnThePortalAndOpensTheTaskWaitingForThem() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("partner-portal", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String title = "Kuala Lumpur portal " + UUID.randomUUID().toString().substring(0, 8);
        Project project = projects.propose(TestProposals.of(title, "KUL"), users.get("kitakyushu.officer"));
        projects.screen(workflow.openTasksOf(project.code(), Actor.of(users.get("kitakyushu.manager"))).get(0).id(),
                ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));

        Page partner = browser.signedIn("kualalumpur.partner", 390, 844);
        assertThat(partner.url()).endsWith("/partner");
        heading(partner, "Kuala Lumpur: partner portal").waitFor();
        Locator task = partner.locator(".partner-tasks a.partner-card").filter(new Locator.FilterOptions().setHasText(project.code()));
        assertThat(task.textContent()).contains("Confirm", title);
        // a touch target a thumb hits: at least 48 px high and nearly the width of the phone
        assertThat(task.boundingBox().height).isGreaterThanOrEqualTo(48);
        assertThat(task.boundingBox().width).isGreaterThan(300);
        assertThat(partner.locator(".partner-projects").textContent()).contains(project.code(), title);
        assertThat(partner.locator(".partner-activity").textContent())
                .contains(project.code(), "Hiroshi Sato approved the proposal", "Aiko Tanaka proposed the project");
        shoot(partner, "partner-portal-01-phone.png");
        partner.setViewportSize(1280, 800);
        settle(partner);
        shoot(partner, "partner-portal-02-laptop.png");
        partner.setViewportSize(390, 844);
        settle(partner);

        task.click();
        partner.waitForURL("**/task/" + ProjectProcess.FORM_CONFIRM_AGREEMENT + "/**");
        heading(partner, "Confirm cooperation agreement").waitFor();
        settle(partner);
        shootLaptopAndPhone(partner, "partner-portal-03-task-opened");

        // the inbox stays one click away once landed
        partner.navigate(browser.url(""));
        heading(partner, "Task inbox").waitFor();

        // an officer has no partner portal, and lands on the inbox
        Page officer = browser.signedIn("kitakyushu.officer", 390, 844);
        assertThat(officer.url()).doesNotContain("/partner");
        officer.navigate(browser.url("partner"));
        settle(officer);
        assertThat(officer.locator(".partner-portal").count()).isZero();
        assertThat(officer.locator("body").textContent()).doesNotContain(title);
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's comment thread and the mentions page in Debian's Chromium: the Kitakyushu manager
 * comments on the screening task mentioning the officer (a stranger is refused on the field); the
 * officer sees the unread count in the menu, finds the comment under Mentions, opens it and lands
 * on the project page, and the count drops. Screenshots: {@code target/screenshots/comments-*.png}.
 */
@CityCoopTest
class TaskCommentsScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;

    @Test
    void aMentionOnATaskReachesTheColleagueWhoOpensItAndTheCountDrops() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("comments", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String title = "Comment journey " + UUID.randomUUID().toString().substring(0, 8);
        Project project = projects.propose(TestProposals.of(title, "SBY"), users.get("kitakyushu.officer"));
        WorkTask screening = workflow.openTasksOf(project.code(), Actor.of(users.get("kitakyushu.manager"))).get(0);

        Page manager = browser.signedIn("kitakyushu.manager");
        browser.openTask(manager, ProjectProcess.FORM_SCREEN_PROPOSAL, screening.id());
        Locator thread = manager.locator(".task-comments");
        assertThat(thread.textContent()).contains("Comments on this task", "No comments yet.");
        Locator text = field(thread, "vaadin-text-area", "Your comment");

        text.locator("textarea").fill("Please ask @yokohama.officer too.");
        click(manager, "Add comment");
        assertThat(BrowserSession.errorOf(text, "@yokohama.officer").textContent()).contains("not a colleague");

        text.locator("textarea").fill("@kitakyushu.officer which budget line pays the site visit?");
        click(manager, "Add comment");
        notification(manager, "Comment added.");
        thread.locator(".mention:text-is('@kitakyushu.officer')").waitFor();
        // the thread is added below the task's own form, which stays as it was
        assertThat(manager.locator("vaadin-button:has-text('Approve')").count()).isPositive();
        shootLaptopAndPhone(manager, "comments-00-task-thread", thread);

        Page officer = browser.signedIn("kitakyushu.officer");
        Locator count = officer.locator("vaadin-side-nav-item:has-text('Mentions') .nav-count");
        int unread = Integer.parseInt(count.textContent().strip());
        assertThat(unread).isPositive();
        officer.locator("vaadin-side-nav-item:has-text('Mentions')").click();
        heading(officer, "Mentions").waitFor();
        settle(officer);
        Locator card = officer.locator("a.mention-card").filter(new Locator.FilterOptions().setHasText(project.code())).first();
        assertThat(card.getAttribute("class")).contains("unread");
        assertThat(card.textContent()).contains("New", title, "On the task \"Screen project proposal\"",
                "which budget line pays the site visit?", "kitakyushu.manager");
        shootLaptopAndPhone(officer, "comments-01-mentions", card);

        card.click();
        officer.waitForURL("**/projects/" + project.code());
        settle(officer);
        Locator comments = officer.locator(".project-comments");
        assertThat(comments.textContent()).contains("On the task \"Screen project proposal\"", "which budget line");
        if (unread == 1) {
            assertThat(count.count()).isZero();
        } else {
            assertThat(count.textContent().strip()).isEqualTo(String.valueOf(unread - 1));
        }
        officer.navigate(browser.url("mentions"));
        heading(officer, "Mentions").waitFor();
        settle(officer);
        assertThat(officer.locator("a.mention-card").filter(new Locator.FilterOptions().setHasText(project.code())).first()
                .getAttribute("class")).doesNotContain("unread");
    }
}

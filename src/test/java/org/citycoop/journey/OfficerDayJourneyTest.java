package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citycoop.BrowserSession;
import org.citycoop.ReturnedProposals;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A working day of Kitakyushu's officer, at 1280×800 with the key screens also on a phone: she
 * narrows her inbox to two returned proposals by a word of their titles, then to the overdue one,
 * claims it and finds it under her tasks, opens it, lowers the budget as her manager asked and
 * resubmits; she is back in the inbox as she left it. On the project page the timeline shows the
 * step, and she asks her manager in a comment to screen it again. Yokohama's project stays closed
 * to her. Screenshots: {@code target/screenshots/day-officer-*.png}.
 */
@CityCoopTest
class OfficerDayJourneyTest {

    @LocalServerPort int port;
    @Autowired ReturnedProposals returned;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void kitakyushusOfficerFiltersClaimsCompletesAndCommentsOnTheProject() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("day-officer", () -> day(chromium));
        }
    }

    private void day(BrowserSession chromium) {
        String word = "w" + UUID.randomUUID().toString().substring(0, 6);
        Project late = returned.returned("Composting " + word + " for Cebu", "CEB", Instant.now().minus(Duration.ofDays(3)));
        Project onTime = returned.returned("Sewerage " + word + " for Cebu", "CEB", Instant.now().plus(Duration.ofDays(20)));
        String lateTask = returned.revision(late).getId();
        Project yokohamas = projects.propose(TestProposals.of("Yokohama " + word, "DAD"), users.get("yokohama.officer"));

        // the inbox narrowed by a word of the titles, then to what is overdue
        Page page = chromium.signedIn("kitakyushu.officer");
        fill(page, "vaadin-text-field", "Search", word);
        page.waitForURL(Pattern.compile(".*q=" + word + ".*"));
        assertThat(Grids.shownRows(page)).hasSize(2);
        assertThat(Grids.shownText(page)).contains(late.code(), onTime.code());
        choose(field(page, "vaadin-select", "Due"), "Overdue");
        page.waitForURL(Pattern.compile(".*due=OVERDUE.*"));
        assertThat(Grids.shownRows(page)).hasSize(1);
        assertThat(Grids.shownText(page)).contains(late.code(), "overdue").doesNotContain(onTime.code());
        shootLaptopAndPhone(page, "day-officer-01-inbox-filtered", page.locator("vaadin-grid"));

        // she claims it: it moves to her tasks, where the filters still apply
        page.locator("#claim-" + lateTask).click();
        page.locator("#inbox-view-MY_TASKS:has-text('My tasks (1)')").waitFor();
        page.locator("#inbox-view-MY_TASKS").click();
        page.waitForURL(Pattern.compile(".*view=MY_TASKS.*"));
        assertThat(page.url()).contains("q=" + word).contains("due=OVERDUE");
        assertThat(Grids.shownText(page)).contains(late.code(), "Release");

        // she opens it: the manager's comment above the proposal; she lowers the budget and resubmits
        // the grid has a second task column for phones, hidden on a laptop: the link in view is the one to follow
        page.locator("vaadin-grid a[href$='" + lateTask + "']:visible").click();
        page.waitForURL("**/task/" + ProjectProcess.FORM_REVISE_PROPOSAL + "/" + lateTask);
        heading(page, "Revise project proposal · " + late.code()).waitFor();
        settle(page);
        assertThat(page.locator(".manager-comment").textContent()).contains(ReturnedProposals.MANAGER_COMMENT);
        fill(page, "vaadin-text-field", "Budget (JPY)", "18000000");
        shootLaptopAndPhone(page, "day-officer-02-revise", field(page, "vaadin-text-field", "Budget (JPY)"));
        click(page, "Resubmit for screening");
        done(page, "Project " + late.code() + " resubmitted for screening.");

        // back in the inbox as she left it: her tasks, the word, overdue only; the task is done
        page.waitForURL(Pattern.compile(".*view=MY_TASKS.*"));
        assertThat(page.url()).contains("q=" + word).contains("due=OVERDUE");
        assertThat(field(page, "vaadin-text-field", "Search").locator("input").inputValue()).isEqualTo(word);
        assertThat(Grids.shownText(page)).doesNotContain(late.code());
        shootLaptopAndPhone(page, "day-officer-03-inbox-back", page.locator("vaadin-grid"));

        // the project page: the new budget, and her step on the timeline
        page.locator("vaadin-side-nav-item:has-text('Projects')").click();
        heading(page, "Projects").waitFor();
        Grids.rowWith(page, late.code());
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(late.code())).first().click();
        page.waitForURL("**/projects/" + late.code());
        page.locator(".project-timeline").waitFor();
        settle(page);
        assertThat(page.locator(".project-summary").textContent()).contains("¥18,000,000");
        assertThat(page.locator(".project-timeline").textContent()).contains("Revise project proposal");

        // she asks her manager in a comment
        String comment = "Budget lowered to 18 million yen as asked. @kitakyushu.manager please screen it again.";
        fillArea(page, "Comment", comment);
        click(page, "Add comment");
        notification(page, "Comment added.");
        settle(page);
        Locator comments = page.locator(".project-comments");
        assertThat(comments.textContent()).contains("Budget lowered to 18 million yen as asked.", "@kitakyushu.manager");
        shootLaptopAndPhone(page, "day-officer-04-project-commented", comments);
        assertThat(projects.require(late.code(), users.get("kitakyushu.officer")).budgetJpy()).isEqualTo(18_000_000L);

        // Yokohama's project, by its address: refused without a word of it
        page.navigate(chromium.url("projects/" + yokohamas.code()));
        notification(page, "This project is not available");
        assertThat(page.locator("body").textContent()).doesNotContain(yokohamas.title());
    }
}

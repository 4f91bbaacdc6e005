package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
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
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A working day of Kitakyushu's manager, at 1280×800 with the key screens also on a phone: the
 * organisation's open tasks, narrowed to two returned proposals, the overdue one marked and still
 * claimed by the officer who is away; he hands it to her colleague. Then the project list filtered
 * by partner city, its CSV export, and a project page.
 * Screenshots: {@code target/screenshots/day-manager-*.png}.
 */
@CityCoopTest
class ManagerDayJourneyTest {

    @LocalServerPort int port;
    @Autowired ReturnedProposals returned;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void kitakyushusManagerReassignsTheAbsentOfficersTaskAndExportsTheProjects() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("day-manager", () -> day(chromium));
        }
    }

    private void day(BrowserSession chromium) {
        String word = "m" + UUID.randomUUID().toString().substring(0, 6);
        Project late = returned.returned("Landfill gas " + word + " for Cebu", "CEB", Instant.now().minus(Duration.ofDays(2)));
        Project onTime = returned.returned("Sorting plant " + word + " for Cebu", "CEB", Instant.now().plus(Duration.ofDays(12)));
        returned.claimedBy(late, "kitakyushu.officer");
        Project yokohamas = projects.propose(TestProposals.of("Yokohama " + word, "CEB"), users.get("yokohama.officer"));

        // the organisation's open tasks, narrowed by a word: the overdue one is marked and claimed by the absent officer
        Page page = chromium.signedIn("kitakyushu.manager");
        page.locator("#inbox-view-ORGANISATION_TASKS").click();
        page.waitForURL(Pattern.compile(".*view=ORGANISATION_TASKS.*"));
        fill(page, "vaadin-text-field", "Search", word);
        page.waitForURL(Pattern.compile(".*q=" + word + ".*"));
        assertThat(Grids.shownRows(page)).hasSize(2);
        assertThat(Grids.shownText(page)).contains(late.code(), onTime.code(), "overdue", "Aiko Tanaka");
        shootLaptopAndPhone(page, "day-manager-01-organisation-inbox", page.locator("vaadin-grid"));

        // he hands the overdue task to the officer's colleague
        choose(field(page, "vaadin-select", "Due"), "Overdue");
        page.waitForURL(Pattern.compile(".*due=OVERDUE.*"));
        assertThat(Grids.shownRows(page)).hasSize(1);
        Grids.shownRows(page).get(0).click();
        chooseInComboBox(page, "Colleague", "kitakyushu.officer2", "Kenta Mori (kitakyushu.officer2)");
        page.locator("#inbox-bulk-reassign").click();
        notification(page, "1 task(s) updated.");
        settle(page);
        assertThat(Grids.shownText(page)).as("the assignee by name").contains(late.code(), "Kenta Mori");
        assertThat(returned.revision(late).getAssignee()).isEqualTo("kitakyushu.officer2");
        assertThat(returned.revision(onTime).getAssignee()).isNull();
        shootLaptopAndPhone(page, "day-manager-02-reassigned", page.locator("vaadin-grid"));

        // the project list of Cebu's projects, and its export
        page.locator("vaadin-side-nav-item:has-text('Projects')").click();
        heading(page, "Projects").waitFor();
        chooseInComboBox(page, "Partner city", "Cebu", "Cebu");
        page.waitForURL(Pattern.compile(".*partner=CEB.*"));
        assertThat(Grids.allCellTexts(page)).contains(late.code(), onTime.code()).doesNotContain(yokohamas.code());
        assertThat(page.locator(".project-count").textContent()).matches("\\d+ project\\(s\\)");
        shootLaptopAndPhone(page, "day-manager-03-projects", page.locator("vaadin-grid"));
        String csv = BrowserSession.download(page.locator(".project-export"));
        assertThat(csv).contains("\"Code\"", "\"" + late.code() + "\"", "\"" + onTime.code() + "\"", "\"Cebu\"")
                .doesNotContain(yokohamas.code());

        // the project page, with his screening on the timeline
        Grids.rowWith(page, late.code());
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(late.code())).first().click();
        page.waitForURL("**/projects/" + late.code());
        page.locator(".project-timeline").waitFor();
        settle(page);
        assertThat(page.locator(".project-summary").textContent()).contains(late.code(), late.title(), "Cebu");
        assertThat(page.locator(".project-timeline").textContent()).contains("Screen project proposal");
        shootLaptopAndPhone(page, "day-manager-04-project", page.locator(".project-timeline"));
    }
}

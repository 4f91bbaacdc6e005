package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.signOut;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.Screening;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The proposal journey as people do it, in Debian's Chromium: an officer of Kitakyushu proposes a
 * project (and is first told that the title is missing), her manager finds the screening task in
 * the inbox and approves it, and a manager of Yokohama never sees it. Screenshots of each screen
 * go to {@code target/screenshots} for a person to look at. Chromium is installed by
 * {@code src/test/setup/ensure-chromium.sh} (Maven, process-test-resources): this test never skips.
 */
@CityCoopTest
class ProposalJourneyTest {

    private static final Pattern PROPOSED = Pattern.compile("Project (KIT-\\d{4}-\\d{3}) proposed");

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projectService;

    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void officerProposesManagerApprovesOtherCityNeverSeesIt() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("proposal", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        CityCoopUser officer = (CityCoopUser) userDetailsService.loadUserByUsername("kitakyushu.officer");
        int projectsBefore = projectService.visibleTo(officer).size();
        String title = "Journey test: food-waste biogas pilot " + UUID.randomUUID().toString().substring(0, 8);

        // (a) the officer signs in and lands on her inbox
        Page officerPage = browser.signedIn("kitakyushu.officer", 1280, 800);

        // (b) she proposes a project; a missing title is refused first
        officerPage.locator("vaadin-side-nav-item:has-text('Propose a project')").click();
        officerPage.waitForURL("**/project/propose");
        heading(officerPage, "Propose a project").waitFor();
        settle(officerPage);

        // each choice is checked: the combo box shows the chosen item
        chooseInComboBox(officerPage, "Partner city", "Surabaya", "Surabaya (Indonesia)");
        chooseInComboBox(officerPage, "Theme", "Solid waste", "Solid waste management");
        chooseInComboBox(officerPage, "Cooperation type", "Technical", "Technical cooperation (training and specialist dispatch)");
        field(officerPage, "vaadin-text-field", "Budget (JPY)").locator("input").fill("15000000");
        typeDate(officerPage, "Planned start", "4/1/2027");
        typeDate(officerPage, "Planned end", "3/31/2028");

        click(officerPage, "Submit proposal");
        Locator titleField = field(officerPage, "vaadin-text-field", "Title");
        errorOf(titleField, "Title");
        assertThat(titleField.getAttribute("invalid")).isNotNull();
        shoot(officerPage, "01a-officer-title-missing.png");
        assertThat(officerPage.url()).endsWith("/project/propose");
        assertThat(projectService.visibleTo(officer)).hasSize(projectsBefore);

        titleField.locator("input").fill(title);
        titleField.locator("input").blur();
        settle(officerPage);
        assertThat(titleField.getAttribute("invalid")).isNull();
        assertThat(field(officerPage, "vaadin-date-picker", "Planned start").locator("input").inputValue()).isEqualTo("4/1/2027");
        assertThat(field(officerPage, "vaadin-date-picker", "Planned end").locator("input").inputValue()).isEqualTo("3/31/2028");
        shoot(officerPage, "01-officer-propose.png");

        click(officerPage, "Submit proposal");
        officerPage.waitForURL("**/projects");
        Locator proposed = officerPage.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(PROPOSED));
        proposed.waitFor();
        Matcher notified = PROPOSED.matcher(proposed.textContent());
        assertThat(notified.find()).as("notification names the project code").isTrue();
        String code = notified.group(1);

        List<String> projectRow = Grids.rowWith(officerPage, title);
        assertThat(projectRow).as("projects grid row of the new project").contains(code, "Surabaya", "Pipeline");
        assertThat(projectRow.get(0)).isEqualTo(code);
        shoot(officerPage, "02-officer-projects.png");

        // (c) she signs out; her manager finds the screening task in the group inbox
        signOut(officerPage);
        Page managerPage = officerPage;
        browser.signIn(managerPage, "kitakyushu.manager");
        managerPage.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        List<String> taskRow = Grids.rowWith(managerPage, code);
        // the inbox shows the project's code with its title under it, and the partner city
        assertThat(taskRow).as("inbox row of the screening task").contains("Screen project proposal", code + title, "Surabaya");
        shoot(managerPage, "03-manager-inbox.png");

        // (d) a manager of another city never sees it, neither in the inbox nor by its address
        String taskHref = Grids.inRow(managerPage, code, "a", "Screen project proposal").getAttribute("href");
        assertThat(taskHref).startsWith("task/");
        Page otherCity = browser.signedIn("yokohama.manager", 1280, 800);
        otherCity.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        settle(otherCity);
        assertThat(otherCity.locator(".signed-in-user").textContent()).contains("Yokohama");
        List<String> otherCityInbox = Grids.allCellTexts(otherCity);
        assertThat(otherCityInbox).noneMatch(text -> text.contains(code)).noneMatch(text -> text.contains(title));
        otherCity.navigate(browser.url(taskHref));
        otherCity.locator("vaadin-notification-card:has-text('This task is not available')").waitFor();
        heading(otherCity, "Task inbox").waitFor();
        assertThat(otherCity.locator("text=" + title).count()).isZero();

        // (c, continued) the manager opens the task, sees the summary and approves
        Grids.rowWith(managerPage, code);
        // the row links its task's stable address (taskHref above); the manager follows it. Clicking inside
        // the grid is not used here: with many tasks the grid recycles its row elements while it scrolls
        assertThat(Grids.inRow(managerPage, code, "vaadin-menu-bar", ""))
                .as("menu of actions (open, park, reassign) in the row of " + code).isNotNull();
        managerPage.navigate(browser.url(taskHref));
        heading(managerPage, "Screen project proposal").waitFor();
        Locator summary = managerPage.locator(".project-summary");
        summary.waitFor();
        assertThat(summary.textContent()).contains(code, title, "Surabaya", "Solid waste management",
                "Technical cooperation (training and specialist dispatch)", "15,000,000", "1 Apr 2027", "31 Mar 2028");
        settle(managerPage);
        shoot(managerPage, "04-manager-screen.png");

        managerPage.locator("vaadin-button:has-text('Approve')").click();
        managerPage.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Project " + code + " approved.")).waitFor();
        heading(managerPage, "Task inbox").waitFor();
        managerPage.waitForURL(url -> !url.contains("/task/"));
        settle(managerPage);
        assertThat(Grids.allCellTexts(managerPage)).doesNotContain(code);

        // (e) the inbox on a phone
        managerPage.setViewportSize(390, 844);
        managerPage.reload();
        heading(managerPage, "Task inbox").waitFor();
        settle(managerPage);
        shoot(managerPage, "05-manager-inbox-phone.png");

        // what the database now holds
        Project project = projectService.find(code, officer).orElseThrow();
        assertThat(project.title()).isEqualTo(title);
        assertThat(project.status()).isEqualTo(ProjectStatus.PIPELINE);
        assertThat(project.partnerCode()).isEqualTo("SBY");
        assertThat(project.budgetJpy()).isEqualTo(15_000_000L);
        assertThat(project.plannedStart()).hasToString("2027-04-01");
        assertThat(project.plannedEnd()).hasToString("2028-03-31");
        assertThat(projectService.visibleTo(officer)).hasSize(projectsBefore + 1);
        List<Screening> screenings = projectService.screenings(code, officer);
        assertThat(screenings).hasSize(1);
        assertThat(screenings.get(0).decision()).isEqualTo(ScreeningDecision.APPROVE);
        assertThat(screenings.get(0).decidedBy()).isEqualTo("kitakyushu.manager");
    }
}

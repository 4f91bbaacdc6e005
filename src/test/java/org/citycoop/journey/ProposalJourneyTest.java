package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.CityCoopTest;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.Screening;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String PASSWORD = "demo";
    private static final Pattern PROPOSED = Pattern.compile("Project (KIT-\\d{4}-\\d{3}) proposed");

    /** True when no Flow client has a request under way: the server's answer is in the page. */
    private static final String VAADIN_SETTLED = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
                && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))
            """;

    /**
     * The texts of the cells of the first visible grid row that has a cell whose text is the
     * argument, or null. Cell contents are slotted into the grid's shadow rows, so the row is found
     * through the slots.
     */
    private static final String ROW_TEXTS = """
            text => {
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                  if (cells.some(c => c.textContent.trim() === text)) return cells.map(c => c.textContent.trim());
                }
              }
              return null;
            }
            """;

    /** The "Open" button of the grid row that has a cell whose text is the argument. */
    private static final String OPEN_BUTTON_OF_ROW = """
            text => {
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                  if (cells.some(c => c.textContent.trim() === text)) {
                    return [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements())
                        .flatMap(c => [...c.querySelectorAll('vaadin-button')])
                        .find(b => b.textContent.trim() === 'Open') || null;
                  }
                }
              }
              return null;
            }
            """;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projectService;

    @Autowired
    UserDetailsService userDetailsService;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchChromium() throws IOException {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void officerProposesManagerApprovesOtherCityNeverSeesIt() {
        try {
            journey();
        } catch (RuntimeException | AssertionError failure) {
            // what the browser showed when it went wrong, for the person reading the failure
            for (int i = 0; i < contexts.size(); i++) {
                for (Page page : contexts.get(i).pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failure-context" + i + ".png")).setFullPage(true));
                    } catch (RuntimeException ignored) {
                        // the failure itself is what matters
                    }
                }
            }
            throw failure;
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private void journey() {
        CityCoopUser officer = (CityCoopUser) userDetailsService.loadUserByUsername("kitakyushu.officer");
        int projectsBefore = projectService.visibleTo(officer).size();
        String title = "Journey test: food-waste biogas pilot " + UUID.randomUUID().toString().substring(0, 8);

        // (a) the officer signs in and lands on her inbox
        Page officerPage = newPage(1280, 800);
        signIn(officerPage, "kitakyushu.officer");

        // (b) she proposes a project; a missing title is refused first
        officerPage.locator("vaadin-side-nav-item:has-text('Propose a project')").click();
        officerPage.waitForURL("**/project/propose");
        heading(officerPage, "Propose a project").waitFor();
        settle(officerPage);

        chooseInComboBox(officerPage, "Partner city", "Surabaya", "Surabaya (Indonesia)");
        chooseInComboBox(officerPage, "Theme", "Solid waste", "Solid waste management");
        chooseInComboBox(officerPage, "Cooperation type", "Technical", "Technical cooperation (training and specialist dispatch)");
        field(officerPage, "vaadin-text-field", "Budget (JPY)").locator("input").fill("15000000");
        typeDate(officerPage, "Planned start", "4/1/2027");
        typeDate(officerPage, "Planned end", "3/31/2028");

        submitProposal(officerPage);
        Locator titleField = field(officerPage, "vaadin-text-field", "Title");
        titleField.locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText("Title")).waitFor();
        assertThat(titleField.getAttribute("invalid")).isNotNull();
        assertThat(officerPage.url()).endsWith("/project/propose");
        assertThat(projectService.visibleTo(officer)).hasSize(projectsBefore);

        titleField.locator("input").fill(title);
        titleField.locator("input").press("Tab");
        settle(officerPage);
        assertThat(titleField.getAttribute("invalid")).isNull();
        assertThat(field(officerPage, "vaadin-date-picker", "Planned start").locator("input").inputValue()).isEqualTo("4/1/2027");
        assertThat(field(officerPage, "vaadin-date-picker", "Planned end").locator("input").inputValue()).isEqualTo("3/31/2028");
        shoot(officerPage, "01-officer-propose.png");

        submitProposal(officerPage);
        officerPage.waitForURL("**/projects");
        Locator proposed = officerPage.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(PROPOSED));
        proposed.waitFor();
        Matcher notified = PROPOSED.matcher(proposed.textContent());
        assertThat(notified.find()).as("notification names the project code").isTrue();
        String code = notified.group(1);

        List<String> projectRow = rowWith(officerPage, title);
        assertThat(projectRow).as("projects grid row of the new project").contains(code, "Surabaya", "Pipeline");
        assertThat(projectRow.get(0)).isEqualTo(code);
        shoot(officerPage, "02-officer-projects.png");

        // (c) she signs out; her manager finds the screening task in the group inbox
        signOut(officerPage);
        Page managerPage = officerPage;
        signIn(managerPage, "kitakyushu.manager");
        managerPage.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        List<String> taskRow = rowWith(managerPage, code);
        assertThat(taskRow).as("inbox row of the screening task").contains("Screen project proposal", code, title);
        shoot(managerPage, "03-manager-inbox.png");

        // (d) a manager of another city never sees it, neither in the inbox nor by its address
        String taskHref = (String) managerPage.evaluate("""
                code => {
                  for (const grid of document.querySelectorAll('vaadin-grid')) {
                    for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                      if (row.hidden) continue;
                      const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                      if (cells.some(c => c.textContent.trim() === code)) {
                        const link = cells.map(c => c.querySelector('a')).find(a => a);
                        return link ? link.getAttribute('href') : null;
                      }
                    }
                  }
                  return null;
                }""", code);
        assertThat(taskHref).startsWith("task/");
        Page otherCity = newPage(1280, 800);
        signIn(otherCity, "yokohama.manager");
        otherCity.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        settle(otherCity);
        assertThat(otherCity.locator(".signed-in-user").textContent()).contains("Yokohama");
        assertThat(otherCity.locator("vaadin-grid-cell-content").allTextContents()).noneMatch(text -> text.contains(code));
        assertThat(otherCity.locator("vaadin-grid-cell-content").allTextContents()).noneMatch(text -> text.contains(title));
        otherCity.navigate(baseUrl() + "/" + taskHref);
        otherCity.locator("vaadin-notification-card:has-text('This task is not available')").waitFor();
        heading(otherCity, "Task inbox").waitFor();
        assertThat(otherCity.locator("text=" + title).count()).isZero();

        // (c, continued) the manager opens the task, sees the summary and approves
        ElementHandle open = managerPage.evaluateHandle(OPEN_BUTTON_OF_ROW, code).asElement();
        assertThat(open).as("Open button in the row of " + code).isNotNull();
        open.click();
        managerPage.waitForURL("**/" + taskHref);
        heading(managerPage, "Screen project proposal").waitFor();
        Locator summary = managerPage.locator(".project-summary");
        summary.waitFor();
        assertThat(summary.textContent()).contains(code, title, "Surabaya", "Solid waste management",
                "Technical cooperation (training and specialist dispatch)", "¥15,000,000");
        settle(managerPage);
        shoot(managerPage, "04-manager-screen.png");

        managerPage.locator("vaadin-button:has-text('Approve')").click();
        managerPage.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Project " + code + " approved.")).waitFor();
        heading(managerPage, "Task inbox").waitFor();
        managerPage.waitForURL(url -> !url.contains("/task/"));
        settle(managerPage);
        assertThat(managerPage.locator("vaadin-grid-cell-content").allTextContents()).noneMatch(text -> text.equals(code));

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

    private Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("en-US")
                .setTimezoneId("Asia/Tokyo"));
        // dev mode's "Development Mode" pop-up and dev-tools button are not what a user of the application sees
        context.addInitScript("""
                document.addEventListener('DOMContentLoaded', () => {
                  const style = document.createElement('style');
                  style.textContent = 'vaadin-dev-tools { display: none !important; }';
                  document.head.appendChild(style);
                });""");
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        // the first page load in Vaadin dev mode may take a while
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }

    private void signIn(Page page, String username) {
        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
        heading(page, "Task inbox").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
    }

    private void signOut(Page page) {
        page.locator("vaadin-button:has-text('Sign out')").click();
        page.waitForURL("**/login");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("input[name=username]").waitFor();
    }

    private static void chooseInComboBox(Page page, String label, String typed, String item) {
        Locator input = field(page, "vaadin-combo-box", label).locator("input");
        input.click();
        input.fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).click();
        settle(page);
        assertThat(input.inputValue()).isEqualTo(item);
    }

    private static void typeDate(Page page, String label, String date) {
        Locator input = field(page, "vaadin-date-picker", label).locator("input");
        input.fill(date);
        input.press("Enter");
        input.press("Tab");
        settle(page);
    }

    private static void submitProposal(Page page) {
        page.locator("vaadin-button:has-text('Submit proposal')").click();
        settle(page);
    }

    /** The cell texts of the grid row with that cell text, waiting for the grid to show it. */
    @SuppressWarnings("unchecked")
    private static List<String> rowWith(Page page, String cellText) {
        settle(page);
        return (List<String>) page.waitForFunction(ROW_TEXTS, cellText).jsonValue();
    }

    /**
     * A Vaadin field by its label. Flow sets the label as a property, not as an attribute, so
     * the field is found by its slotted label element.
     */
    private static Locator field(Page page, String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions()
                .setHas(page.locator("label[slot='label']").filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + Pattern.quote(label) + "$")))));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}

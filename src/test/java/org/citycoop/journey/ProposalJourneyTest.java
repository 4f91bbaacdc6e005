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
     * Grid rows are found through the slots of the grid's shadow rows, where the cell contents are
     * slotted. A lazy grid renders only the rows in view, so the grid is scrolled through, waiting
     * for each page of data, until the row is in view. Resolves to the texts of the cells of the
     * first row with a cell whose text is the argument (left in view), or null.
     */
    private static final String FIND_ROW = """
            async text => {
              const grid = document.querySelector('vaadin-grid');
              if (!grid) return null;
              const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
              const loaded = async () => { do { await pause(100); } while (grid.hasAttribute('loading')); };
              const find = () => {
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                  if (cells.some(c => c.textContent.trim() === text)) return cells.map(c => c.textContent.trim());
                }
                return null;
              };
              const scroller = grid.$.table;
              await loaded();
              let found = find();
              if (found) return found;
              scroller.scrollTop = 0;
              for (let step = 0; step < 500; step++) {
                await loaded();
                found = find();
                if (found) return found;
                if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return null;
                scroller.scrollTop += Math.max(50, scroller.clientHeight - 100);
              }
              return null;
            }
            """;

    /** The texts of all cells of the grid, scrolling through all its rows. */
    private static final String ALL_CELL_TEXTS = """
            async () => {
              const grid = document.querySelector('vaadin-grid');
              const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
              const loaded = async () => { do { await pause(100); } while (grid.hasAttribute('loading')); };
              const texts = new Set();
              const scroller = grid.$.table;
              scroller.scrollTop = 0;
              for (let step = 0; step < 500; step++) {
                await loaded();
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements())
                      .forEach(c => texts.add(c.textContent.trim()));
                }
                if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
                scroller.scrollTop += Math.max(50, scroller.clientHeight - 100);
              }
              scroller.scrollTop = 0;
              return [...texts];
            }
            """;

    /**
     * In the row (in view) with a cell whose text is the first argument: the first element that
     * matches the selector and, when a third argument is given, has that text.
     */
    private static final String IN_ROW = """
            ([text, selector, label]) => {
              for (const row of document.querySelector('vaadin-grid').shadowRoot.querySelectorAll('tbody#items tr')) {
                if (row.hidden) continue;
                const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                if (cells.some(c => c.textContent.trim() === text)) {
                  return cells.flatMap(c => [...c.querySelectorAll(selector)])
                      .find(e => !label || e.textContent.trim() === label) || null;
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
                        Files.writeString(SHOTS.resolve("failure-context" + i + ".html"), page.content());
                    } catch (RuntimeException | IOException ignored) {
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
        String taskHref = managerPage.evaluateHandle(IN_ROW, List.of(code, "a", "Screen project proposal")).asElement().getAttribute("href");
        assertThat(taskHref).startsWith("task/");
        Page otherCity = newPage(1280, 800);
        signIn(otherCity, "yokohama.manager");
        otherCity.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        settle(otherCity);
        assertThat(otherCity.locator(".signed-in-user").textContent()).contains("Yokohama");
        List<String> otherCityInbox = allCellTexts(otherCity);
        assertThat(otherCityInbox).noneMatch(text -> text.contains(code)).noneMatch(text -> text.contains(title));
        otherCity.navigate(baseUrl() + "/" + taskHref);
        otherCity.locator("vaadin-notification-card:has-text('This task is not available')").waitFor();
        heading(otherCity, "Task inbox").waitFor();
        assertThat(otherCity.locator("text=" + title).count()).isZero();

        // (c, continued) the manager opens the task, sees the summary and approves
        rowWith(managerPage, code);
        ElementHandle open = managerPage.evaluateHandle(IN_ROW, List.of(code, "vaadin-button", "Open")).asElement();
        assertThat(open).as("Open button in the row of " + code).isNotNull();
        assertThat(open.textContent().strip()).isEqualTo("Open");
        open.click();
        managerPage.waitForURL("**/" + taskHref);
        heading(managerPage, "Screen project proposal").waitFor();
        Locator summary = managerPage.locator(".project-summary");
        summary.waitFor();
        assertThat(summary.textContent()).contains(code, title, "Surabaya", "Solid waste management",
                "Technical cooperation (training and specialist dispatch)", "15,000,000", "Apr 1, 2027", "Mar 31, 2028");
        settle(managerPage);
        shoot(managerPage, "04-manager-screen.png");

        managerPage.locator("vaadin-button:has-text('Approve')").click();
        managerPage.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Project " + code + " approved.")).waitFor();
        heading(managerPage, "Task inbox").waitFor();
        managerPage.waitForURL(url -> !url.contains("/task/"));
        settle(managerPage);
        assertThat(allCellTexts(managerPage)).doesNotContain(code);

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
        // dev mode's "Development Mode" pop-up and Copilot button are not what a user of the application sees
        context.addInitScript("""
                document.addEventListener('DOMContentLoaded', () => {
                  const style = document.createElement('style');
                  style.textContent = 'vaadin-dev-tools, copilot-main, copilot-notifications-container { display: none !important; }';
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
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(item)).click();
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

    /** The cell texts of the grid row with that cell text, scrolled into view. */
    @SuppressWarnings("unchecked")
    private static List<String> rowWith(Page page, String cellText) {
        settle(page);
        List<String> row = (List<String>) page.evaluate(FIND_ROW, cellText);
        assertThat(row).as("grid row with " + cellText).isNotNull();
        settle(page);
        return row;
    }

    @SuppressWarnings("unchecked")
    private static List<String> allCellTexts(Page page) {
        settle(page);
        List<String> texts = (List<String>) page.evaluate(ALL_CELL_TEXTS);
        settle(page);
        return texts;
    }

    /**
     * A Vaadin field by its label. Flow sets the label as a property, not as an attribute, so
     * the field is found by its slotted label element.
     */
    private static Locator field(Page page, String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions()
                .setHas(page.locator("label[slot='label']:text-is(\"" + label + "\")")));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    private static void shoot(Page page, String name) {
        settle(page);
        // Flow's loading bar along the top fades out after the last answer
        page.waitForFunction("() => [...document.querySelectorAll('.v-loading-indicator')]"
                + ".every(bar => getComputedStyle(bar).display === 'none' || getComputedStyle(bar).opacity === '0')");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}

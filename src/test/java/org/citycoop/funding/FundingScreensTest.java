package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The funding screens in Debian's Chromium, each opened by its route as the inbox links it: the
 * officer chooses an ineligible scheme and sees every reason, then an eligible one; drafts with
 * budget lines that do not add up (refused on the field) and then do; the manager approves; the
 * JICA reviewer screens and approves a lower amount; the officer records the agreement, first
 * with instalments that do not add up. Screenshots go to {@code target/screenshots/funding-*.png}.
 */
@CityCoopTest
class FundingScreensTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** True when no Flow client has a request under way: the server's answer is in the page. */
    private static final String VAADIN_SETTLED = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
            """;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    FundingService funding;

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
    void officerManagerAndReviewerCarryAnApplicationThroughTheirScreens() {
        try {
            journey();
        } catch (RuntimeException | AssertionError failure) {
            for (int i = 0; i < contexts.size(); i++) {
                for (Page page : contexts.get(i).pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("funding-failure" + i + ".png")).setFullPage(true));
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
        String code = fixtures.projectApplyingForFunding();
        Page officer = newPage();
        signIn(officer, "kitakyushu.officer");

        // an ineligible choice first: the MoE JCM study runs one fiscal year, for at most ¥20,000,000
        open(officer, FundingProcess.FORM_CHOOSE_SCHEME, FundingProcess.TASK_CHOOSE_SCHEME, code);
        heading(officer, "Choose funding scheme").waitFor();
        chooseScheme(officer, "MoE JCM city-to-city collaboration feasibility study");
        fill(officer, "vaadin-text-field", "Requested amount (JPY)", "25000000");
        fill(officer, "vaadin-integer-field", "Duration (months)", "24");
        click(officer, "Check eligibility");
        notification(officer, "is not eligible for this scheme");

        open(officer, FundingProcess.FORM_CHOOSE_SCHEME, FundingProcess.TASK_CHOOSE_SCHEME, code);
        Locator reasons = officer.locator(".manager-comment");
        reasons.filter(new Locator.FilterOptions().setHasText("Duration:")).waitFor();
        assertThat(reasons.textContent()).contains("Requested amount:", "¥20,000,000");
        shoot(officer, "funding-01-not-eligible.png");
        chooseScheme(officer, "JICA Grassroots Technical Cooperation (local-government type)");
        fill(officer, "vaadin-text-field", "Requested amount (JPY)", "24000000");
        click(officer, "Check eligibility");
        notification(officer, "is eligible");

        // the draft: budget lines that do not add up are refused on the requested amount
        open(officer, FundingProcess.FORM_DRAFT_APPLICATION, FundingProcess.TASK_DRAFT_APPLICATION, code);
        heading(officer, "Draft funding application").waitFor();
        fillArea(officer, "Objectives", "Halve the organic waste landfilled in Surabaya.");
        fillArea(officer, "Activities", "Training in Kitakyushu; dispatch of composting specialists.");
        officer.locator("vaadin-text-field:has(label:text-is('Item'))").nth(0).locator("input").fill("Training in Kitakyushu");
        officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(0).locator("input").fill("14000000");
        click(officer, "Add a budget line");
        officer.locator("vaadin-text-field:has(label:text-is('Item'))").nth(1).locator("input").fill("Dispatch of specialists");
        Locator second = officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(1).locator("input");
        second.fill("9000000");
        second.press("Tab");
        settle(officer);
        click(officer, "Send to the manager for approval");
        field(officer, "vaadin-text-field", "Requested amount (JPY)").locator("[slot='error-message']")
                .filter(new Locator.FilterOptions().setHasText("¥23,000,000")).waitFor();
        shoot(officer, "funding-02-draft-refused.png");
        second.fill("10000000");
        second.press("Tab");
        settle(officer);
        click(officer, "Send to the manager for approval");
        notification(officer, "sent to your manager");

        // the manager approves it for submission
        Page manager = newPage();
        signIn(manager, "kitakyushu.manager");
        open(manager, FundingProcess.FORM_APPROVE_APPLICATION, FundingProcess.TASK_APPROVE_APPLICATION, code);
        heading(manager, "Approve funding application internally").waitFor();
        assertThat(String.join(" ", manager.locator(".project-summary").allTextContents()))
                .contains("Training in Kitakyushu", "¥24,000,000", "Surabaya");
        shoot(manager, "funding-03-approve.png");
        click(manager, "Approve for submission");
        notification(manager, "approved");
        fixtures.runSubmission(code);

        // the JICA reviewer screens and approves a lower amount
        Page reviewer = newPage();
        signIn(reviewer, "jica.reviewer");
        open(reviewer, FundingProcess.FORM_SCREEN_APPLICATION, FundingProcess.TASK_SCREEN_APPLICATION, code);
        heading(reviewer, "Screen funding application").waitFor();
        reviewer.locator("vaadin-checkbox").first().click();
        for (Locator group : reviewer.locator("vaadin-radio-group").all()) {
            group.locator("vaadin-radio-button").nth(3).click();
        }
        fillArea(reviewer, "Comments for the decision", "A clear plan with Surabaya's counterpart.");
        shoot(reviewer, "funding-04-screen.png");
        click(reviewer, "Save screening");
        notification(reviewer, "Screening of " + code + " saved");

        open(reviewer, FundingProcess.FORM_DECIDE_APPLICATION, FundingProcess.TASK_DECIDE_APPLICATION, code);
        heading(reviewer, "Decide on funding application").waitFor();
        assertThat(reviewer.locator(".project-summary").last().textContent()).contains("weighted score 4.00");
        reviewer.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Approve")).click();
        settle(reviewer);
        fill(reviewer, "vaadin-text-field", "Approved amount (JPY)", "20000000");
        shoot(reviewer, "funding-05-decide.png");
        click(reviewer, "Record decision");
        notification(reviewer, "Funding for " + code + " approved.");

        // the officer records the agreement: instalments must add up to the approved amount
        open(officer, FundingProcess.FORM_RECORD_AGREEMENT, FundingProcess.TASK_RECORD_AGREEMENT, code);
        heading(officer, "Record funding agreement").waitFor();
        officer.locator("li").filter(new Locator.FilterOptions().setHasText("Completion report")).waitFor();
        Locator firstAmount = officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(0).locator("input");
        firstAmount.fill("12000000");
        firstAmount.press("Tab");
        settle(officer);
        click(officer, "Record agreement");
        officer.locator("span.overdue").filter(new Locator.FilterOptions().setHasText("Disbursement schedule:")).waitFor();
        shoot(officer, "funding-06-agreement-refused.png");
        click(officer, "Add an instalment");
        LocalDate secondDate = LocalDate.now().plusMonths(6);
        Locator date = officer.locator("vaadin-date-picker:has(label:text-is('Date'))").nth(1).locator("input");
        date.fill(US_DATE.format(secondDate));
        date.press("Enter");
        date.press("Tab");
        officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(1).locator("input").fill("8000000");
        settle(officer);
        shoot(officer, "funding-07-agreement.png");
        click(officer, "Record agreement");
        notification(officer, "Funding agreement of " + code + " recorded.");

        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.AGREED);
        assertThat(application.agreement().orElseThrow().instalments()).extracting(Instalment::getAmountJpy)
                .containsExactlyInAnyOrder(12_000_000L, 8_000_000L);
        assertThat(application.agreement().orElseThrow().reportingDuties()).isNotEmpty();
    }

    private void chooseScheme(Page page, String name) {
        Locator input = field(page, "vaadin-combo-box", "Funding scheme").locator("input");
        input.fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        settle(page);
    }

    private void open(Page page, String formKey, String taskDefinitionKey, String code) {
        page.navigate(baseUrl() + "/task/" + formKey + "/" + fixtures.taskId(code, taskDefinitionKey));
        settle(page);
    }

    private Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-US").setTimezoneId("Asia/Tokyo"));
        context.addInitScript("""
                document.addEventListener('DOMContentLoaded', () => {
                  const style = document.createElement('style');
                  style.textContent = 'vaadin-dev-tools, copilot-main, copilot-notifications-container { display: none !important; }';
                  document.head.appendChild(style);
                });""");
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }

    private void signIn(Page page, String username) {
        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
        heading(page, "Task inbox").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
    }

    private static void click(Page page, String button) {
        page.locator("vaadin-button:has-text('" + button + "')").click();
        settle(page);
    }

    private static void notification(Page page, String text) {
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
        heading(page, "Task inbox").waitFor();
        settle(page);
    }

    private static void fill(Page page, String tag, String label, String value) {
        Locator input = field(page, tag, label).locator("input");
        input.fill(value);
        input.press("Tab");
        settle(page);
    }

    private static void fillArea(Page page, String label, String value) {
        field(page, "vaadin-text-area", label).locator("textarea").fill(value);
        settle(page);
    }

    private static Locator field(Page page, String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions()
                .setHas(page.locator("label[slot='label']:text-is(\"" + label + "\")")));
    }

    private static Locator heading(Page page, String text) {
        return page.locator("h2:text-is(\"" + text + "\")");
    }

    private static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}

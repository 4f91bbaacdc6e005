package org.citycoop.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The four feasibility screens in Debian's Chromium, each opened by its route as the inbox links
 * it: the officer defines the scope (a missing field is refused on the field first), records the
 * survey, uploads a report with its findings; the manager returns it without a
 * comment (refused), then with one; the officer sees the comment and resubmits without a new
 * file; the manager accepts. Screenshots go to {@code target/screenshots/feasibility-*.png}.
 */
@CityCoopTest
class FeasibilityScreensTest {

    private static final int REPORT_BYTES = 300_000;

    private static final Path SHOTS = Paths.get("target", "screenshots");

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
    ProjectService projects;

    @Autowired
    FeasibilityService feasibility;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TaskService engineTasks;

    @Autowired
    TestUsers users;

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
    void officerAndManagerCarryAStudyThroughItsScreens() {
        try {
            journey();
        } catch (RuntimeException | AssertionError failure) {
            for (int i = 0; i < contexts.size(); i++) {
                for (Page page : contexts.get(i).pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("feasibility-failure" + i + ".png")).setFullPage(true));
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
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(proposal("Screens test: market-waste composting " + UUID.randomUUID()), officer);
        String instance = workflow.startProcess(FeasibilityProcess.PROCESS_KEY, project.code(),
                Map.of("leadOrganisation", "KIT", "partnerOrganisation", "SBY"), Actor.of(officer));

        Page officerPage = newPage();
        signIn(officerPage, "kitakyushu.officer");

        // define scope: the terms of reference are missing at first
        open(officerPage, FeasibilityProcess.FORM_DEFINE_SCOPE, task(instance, FeasibilityProcess.TASK_DEFINE_SCOPE));
        heading(officerPage, "Define study scope and terms of reference").waitFor();
        assertThat(officerPage.locator(".task-header").textContent()).contains(project.code());
        field(officerPage, "vaadin-text-area", "Scope").locator("textarea").fill("Organic waste of three markets.");
        click(officerPage, "Save scope and continue to the field survey");
        Locator terms = field(officerPage, "vaadin-text-area", "Terms of reference");
        terms.locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText("Terms of reference:")).waitFor();
        shoot(officerPage, "feasibility-01-scope-refused.png");
        terms.locator("textarea").fill("Waste composition survey and cost estimate.");
        click(officerPage, "Save scope and continue to the field survey");
        notification(officerPage, "Scope of the feasibility study for " + project.code() + " saved.");

        // field survey
        open(officerPage, FeasibilityProcess.FORM_CONDUCT_SURVEY, task(instance, FeasibilityProcess.TASK_CONDUCT_SURVEY));
        heading(officerPage, "Conduct field survey").waitFor();
        assertThat(officerPage.locator(".project-summary").first().textContent()).contains("Organic waste of three markets.");
        typeDate(officerPage, "Survey start", "5/10/2027");
        typeDate(officerPage, "Survey end", "5/14/2027");
        field(officerPage, "vaadin-text-area", "Team members").locator("textarea").fill("Aiko Tanaka\nKenta Mori");
        field(officerPage, "vaadin-text-field", "Partner contact person").locator("input").fill("Budi Santoso");
        shoot(officerPage, "feasibility-02-survey.png");
        click(officerPage, "Save survey and continue to the report");
        notification(officerPage, "Field survey for " + project.code() + " recorded.");

        // study report with findings. Kept under 1 MB: Spring Boot's default multipart limit (1 MB) refuses
        // larger uploads ("Upload forbidden") until spring.servlet.multipart.max-file-size is raised
        open(officerPage, FeasibilityProcess.FORM_UPLOAD_REPORT, task(instance, FeasibilityProcess.TASK_UPLOAD_REPORT));
        heading(officerPage, "Upload study report").waitFor();
        officerPage.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("fs-report.pdf", "application/pdf", pdfOfSize(REPORT_BYTES)));
        officerPage.locator("vaadin-upload-file[complete]").waitFor();
        field(officerPage, "vaadin-text-field", "Recommended technology").locator("input").fill("Windrow composting");
        field(officerPage, "vaadin-text-field", "Estimated cost (JPY)").locator("input").fill("48000000");
        field(officerPage, "vaadin-big-decimal-field", "Waste diverted (t/year)").locator("input").fill("7300.5");
        field(officerPage, "vaadin-text-area", "Expected effect").locator("textarea").fill("Less waste to landfill.");
        settle(officerPage);
        shoot(officerPage, "feasibility-03-report.png");
        click(officerPage, "Submit report for review");
        notification(officerPage, "Study report for " + project.code() + " submitted for review");

        // the manager returns it: first without a comment (refused), then with one
        Page managerPage = newPage();
        signIn(managerPage, "kitakyushu.manager");
        String review = task(instance, FeasibilityProcess.TASK_REVIEW_STUDY);
        open(managerPage, FeasibilityProcess.FORM_REVIEW_STUDY, review);
        heading(managerPage, "Review feasibility study").waitFor();
        String facts = String.join(" ", managerPage.locator(".project-summary").allTextContents());
        assertThat(facts).contains("Windrow composting", "48,000,000", "7,300.5 t/year", "Does not apply", "Budi Santoso",
                "fs-report.pdf");
        shoot(managerPage, "feasibility-04-review.png");
        click(managerPage, "Return for revision");
        field(managerPage, "vaadin-text-area", "Comment to the officer").locator("[slot='error-message']")
                .filter(new Locator.FilterOptions().setHasText("Comment:")).waitFor();
        field(managerPage, "vaadin-text-area", "Comment to the officer").locator("textarea").fill("Add the shredder cost.");
        click(managerPage, "Return for revision");
        notification(managerPage, "returned to the officer for revision");

        // the officer sees the comment and resubmits, keeping the report
        open(officerPage, FeasibilityProcess.FORM_UPLOAD_REPORT, task(instance, FeasibilityProcess.TASK_UPLOAD_REPORT));
        officerPage.locator(".manager-comment").filter(new Locator.FilterOptions().setHasText("Add the shredder cost.")).waitFor();
        assertThat(field(officerPage, "vaadin-text-field", "Recommended technology").locator("input").inputValue())
                .isEqualTo("Windrow composting");
        field(officerPage, "vaadin-text-field", "Estimated cost (JPY)").locator("input").fill("51000000");
        shoot(officerPage, "feasibility-05-revise.png");
        click(officerPage, "Submit report for review");
        notification(officerPage, "submitted for review");

        // the manager accepts
        open(managerPage, FeasibilityProcess.FORM_REVIEW_STUDY, task(instance, FeasibilityProcess.TASK_REVIEW_STUDY));
        heading(managerPage, "Review feasibility study").waitFor();
        click(managerPage, "Accept study");
        notification(managerPage, "Feasibility study for " + project.code() + " accepted.");

        FeasibilityStudy study = feasibility.findByProjectCode(project.code(), officer).orElseThrow();
        assertThat(study.status()).isEqualTo(StudyStatus.ACCEPTED);
        assertThat(study.estimatedCostJpy()).isEqualTo(51_000_000L);
        assertThat(study.surveyStart()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(study.reportFileName()).isEqualTo("fs-report.pdf");
        assertThat(feasibility.reportOf(project.code(), officer)).get()
                .satisfies(file -> assertThat(file.content()).hasSize(REPORT_BYTES));
    }

    private String task(String processInstanceId, String taskDefinitionKey) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
                .singleResult().getId();
    }

    private void open(Page page, String formKey, String taskId) {
        page.navigate(baseUrl() + "/task/" + formKey + "/" + taskId);
        settle(page);
    }

    private static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) 'x');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
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

    private static void typeDate(Page page, String label, String date) {
        Locator input = field(page, "vaadin-date-picker", label).locator("input");
        input.fill(date);
        input.press("Enter");
        input.press("Tab");
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

    private static ProjectProposal proposal(String title) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode("SBY");
        proposal.setThemeCode("WASTE");
        proposal.setCooperationTypeCode("INFRASTRUCTURE");
        proposal.setPlannedStart(LocalDate.of(2027, 4, 1));
        proposal.setPlannedEnd(LocalDate.of(2029, 3, 31));
        proposal.setBudgetJpy(60_000_000L);
        return proposal;
    }
}

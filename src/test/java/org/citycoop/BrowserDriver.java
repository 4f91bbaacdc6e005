package org.citycoop;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with the steps the browser tests share: a page per
 * person, signing in, opening a task screen by its route, filling Vaadin fields by their labels,
 * waiting for the server's answer, screenshots to {@code target/screenshots}. One per test:
 * {@link #close()} ends the browser.
 */
public final class BrowserDriver implements AutoCloseable {

    public static final Path SHOTS = Paths.get("target", "screenshots");

    /** True when no Flow client has a request under way: the server's answer is in the page. */
    private static final String VAADIN_SETTLED = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
            """;

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private BrowserDriver(int port) {
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        baseUrl = "http://localhost:" + port;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static BrowserDriver launch(int port) {
        return new BrowserDriver(port);
    }

    /** Runs the steps; when one fails, every open page is saved as {@code <prefix>-failure<n>.png} first. */
    public void run(String prefix, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            int n = 0;
            for (BrowserContext context : contexts) {
                for (Page page : context.pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(prefix + "-failure" + n++ + ".png"))
                                .setFullPage(true));
                    } catch (RuntimeException ignored) {
                        // the failure itself is what matters
                    }
                }
            }
            throw failure;
        }
    }

    /** A page of its own (own cookies, so its own signed-in user), in English, in Japan's time zone. */
    public Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("en-US").setTimezoneId("Asia/Tokyo"));
        // dev mode's pop-up and Copilot button are not what a user of the application sees
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

    /** A laptop-sized page signed in as the user (password {@code demo}), showing the inbox. */
    public Page signedIn(String username) {
        Page page = newPage(1280, 800);
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
        heading(page, "Task inbox").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        return page;
    }

    /** Opens a task screen by its route, as the inbox links it. */
    public void open(Page page, String formKey, String taskId) {
        page.navigate(baseUrl + "/task/" + formKey + "/" + taskId);
        settle(page);
    }

    /** Opening the task's route is refused with the neutral message, and the user is back in the inbox. */
    public void assertSentAway(Page page, String formKey, String taskId) {
        open(page, formKey, taskId);
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("This task is not available")).first().waitFor();
        heading(page, "Task inbox").waitFor();
    }

    public static void click(Page page, String button) {
        page.locator("vaadin-button:has-text('" + button + "')").click();
        settle(page);
    }

    /** Waits for the confirmation after a completed task and for the inbox it leads back to. */
    public static void confirmed(Page page, String text) {
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
        heading(page, "Task inbox").waitFor();
        settle(page);
    }

    public static void choose(Page page, String groupLabel, String option) {
        field(page, "vaadin-radio-group", groupLabel).locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(option)).click();
        settle(page);
    }

    public static void chooseInComboBox(Page page, String label, String typed, String item) {
        Locator input = field(page, "vaadin-combo-box", label).locator("input");
        input.click();
        input.fill(typed);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        settle(page);
    }

    public static void fill(Page page, String tag, String label, String value) {
        Locator input = field(page, tag, label).locator("input");
        input.fill(value);
        input.press("Tab");
        settle(page);
    }

    public static void fillArea(Page page, String label, String value) {
        field(page, "vaadin-text-area", label).locator("textarea").fill(value);
        settle(page);
    }

    public static void typeDate(Page page, String label, String date) {
        Locator input = field(page, "vaadin-date-picker", label).locator("input");
        input.fill(date);
        input.press("Enter");
        input.press("Tab");
        settle(page);
    }

    /** Waits for the field's error message containing the text. */
    public static void errorOn(Page page, String tag, String label, String text) {
        field(page, tag, label).locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
    }

    /** A Vaadin field by its label: Flow sets the label as a property, so it is found by its slotted label element. */
    public static Locator field(Page page, String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions()
                .setHas(page.locator("label[slot='label']:text-is(\"" + label + "\")")));
    }

    public static Locator heading(Page page, String text) {
        return page.locator("h2:text-is(\"" + text + "\")");
    }

    public static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    public static void shoot(Page page, String name) {
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    /** The page as a laptop (1280×800) and as a phone (390×844) shows it: {@code <name>.png} and {@code <name>-phone.png}. */
    public static void shootLaptopAndPhone(Page page, String name) {
        page.setViewportSize(1280, 800);
        shoot(page, name + ".png");
        page.setViewportSize(390, 844);
        settle(page);
        // the content scrolls inside the layout, not the document: bring a field with a problem into view
        Locator invalid = page.locator("[invalid]");
        if (invalid.count() > 0) {
            invalid.first().scrollIntoViewIfNeeded();
        }
        shoot(page, name + "-phone.png");
        page.setViewportSize(1280, 800);
        settle(page);
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}

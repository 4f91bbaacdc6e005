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
 * Debian's Chromium driven by Playwright for the screen tests: pages signed in as demo users,
 * the Vaadin waits, fields found by their label, screenshots to {@code target/screenshots}, and
 * a screenshot of every open page when a journey fails.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SHOTS = Paths.get("target", "screenshots");

    /** True when no Flow client has a request under way: the server's answer is in the page. */
    private static final String VAADIN_SETTLED = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
            """;

    private final String baseUrl;
    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    public BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Runs a journey; when it fails, every open page is saved as {@code <prefix>-failure<n>.png} before the failure is rethrown. */
    public void run(String prefix, Runnable journey) {
        try {
            journey.run();
        } catch (RuntimeException | AssertionError failure) {
            for (int i = 0; i < contexts.size(); i++) {
                for (Page page : contexts.get(i).pages()) {
                    try {
                        shoot(page, prefix + "-failure" + i + ".png");
                    } catch (RuntimeException ignored) {
                        // the failure itself is what matters
                    }
                }
            }
            throw failure;
        }
    }

    /** A fresh browser (own cookies) of the given size, in English and Tokyo time, signed in as {@code username}. */
    public Page signedIn(String username, int width, int height) {
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

    /** Opens a task's screen by its route, as the inbox links it. */
    public void openTask(Page page, String formKey, String taskId) {
        page.navigate(url("task/" + formKey + "/" + taskId));
        settle(page);
    }

    /** The address of a route of the application under test. */
    public String url(String route) {
        return baseUrl + "/" + route;
    }

    public static void click(Page page, String button) {
        page.locator("vaadin-button:has-text('" + button + "')").click();
        settle(page);
    }

    /** Waits for the confirmation of a completed task and the inbox it leads back to. */
    public static void done(Page page, String text) {
        notification(page, text);
        heading(page, "Task inbox").waitFor();
        settle(page);
    }

    public static void notification(Page page, String text) {
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
    }

    /** The field of {@code tag} labelled exactly {@code label}, inside {@code scope} (a page's locator or a part of it). */
    public static Locator field(Locator scope, String tag, String label) {
        return scope.locator(tag).filter(new Locator.FilterOptions()
                .setHas(scope.page().locator("label[slot='label']:text-is(\"" + label + "\")")));
    }

    public static Locator field(Page page, String tag, String label) {
        return field(page.locator("body"), tag, label);
    }

    /** The error message the field shows, once it contains {@code text}. */
    public static Locator errorOf(Locator field, String text) {
        Locator error = field.locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText(text));
        error.waitFor();
        return error;
    }

    public static void typeDate(Locator datePicker, String date) {
        Locator input = datePicker.locator("input");
        input.fill(date);
        input.press("Enter");
        input.press("Tab");
        settle(datePicker.page());
    }

    /** Chooses an item of a {@code vaadin-select} by its text. */
    public static void choose(Locator select, String item) {
        select.click();
        select.page().locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(item)).click();
        settle(select.page());
    }

    public static Locator heading(Page page, String text) {
        return page.locator("h2:text-is(\"" + text + "\")");
    }

    public static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    public static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    /**
     * The page as it is, once at its own size and once on a phone of 390×844 scrolled to {@code show},
     * as {@code name.png} and {@code name-phone.png}.
     */
    public static void shootLaptopAndPhone(Page page, String name, Locator show) {
        shoot(page, name + ".png");
        var size = page.viewportSize();
        page.setViewportSize(390, 844);
        settle(page);
        show.scrollIntoViewIfNeeded();
        page.waitForTimeout(300); // let the layout reflow before the picture
        shoot(page, name + "-phone.png");
        page.setViewportSize(size.width, size.height);
        settle(page);
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}

package org.citycoop;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for the screen tests: pages signed in as demo users,
 * task screens opened by their route, the Vaadin waits, fields found and filled by their label,
 * screenshots to {@code target/screenshots}, and a screenshot (and the HTML) of every open page
 * when a journey fails. One per test: {@link #close()} ends the browser.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SHOTS = Paths.get("target", "screenshots");

    /**
     * True when no Flow client has a request under way and no grid is loading data: the server's
     * answer is in the page.
     */
    private static final String VAADIN_SETTLED = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
                && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))
            """;

    /** True once Flow's loading bar along the top has faded out after the last answer. */
    private static final String LOADING_BAR_GONE = "() => [...document.querySelectorAll('.v-loading-indicator')]"
            + ".every(bar => getComputedStyle(bar).display === 'none' || getComputedStyle(bar).opacity === '0')";

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

    /** A session against the application on {@code localhost:port}. */
    public static BrowserSession onPort(int port) {
        return new BrowserSession("http://localhost:" + port);
    }

    /**
     * Runs a journey; when it fails, every open page is saved as {@code <prefix>-failure<n>.png}
     * (and its HTML as {@code .html}) before the failure is rethrown.
     */
    public void run(String prefix, Runnable journey) {
        try {
            journey.run();
        } catch (RuntimeException | AssertionError failure) {
            for (int i = 0; i < contexts.size(); i++) {
                for (Page page : contexts.get(i).pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(prefix + "-failure" + i + ".png"))
                                .setFullPage(true));
                        Files.writeString(SHOTS.resolve(prefix + "-failure" + i + ".html"), page.content());
                    } catch (RuntimeException | IOException ignored) {
                        // the failure itself is what matters
                    }
                }
            }
            throw failure;
        }
    }

    /** A page of its own (own cookies, so its own signed-in user) of the given size, in English and Tokyo time. */
    public Page newPage(int width, int height) {
        return newPage(width, height, "en-US");
    }

    /** A page of its own of the given size whose browser asks for {@code language} (e.g. {@code ja-JP}), in Tokyo time. */
    public Page newPage(int width, int height, String language) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale(language).setTimezoneId("Asia/Tokyo"));
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
        // the first page load in Vaadin dev mode may take a while
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }

    /** A fresh browser of the given size signed in as {@code username}, showing the inbox. */
    public Page signedIn(String username, int width, int height) {
        Page page = newPage(width, height);
        signIn(page, username);
        return page;
    }

    /** A fresh laptop-sized (1280×800) browser signed in as {@code username}, showing the inbox. */
    public Page signedIn(String username) {
        return signedIn(username, 1280, 800);
    }

    /**
     * Signs the page in as {@code username} (password {@code demo}) and waits for the start page:
     * the inbox, or for a partner coordinator the partner portal.
     */
    public void signIn(Page page, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
        page.locator("h2:text-is('Task inbox'), .partner-portal").first()
                .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
    }

    /** Signs the page (one asking for Japanese, see {@link #newPage(int, int, String)}) in on the Japanese login form and waits for the inbox. */
    public void signInInJapanese(Page page, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        heading(page, "タスク一覧").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        settle(page);
    }

    /** Signs out with the layout's button and waits for the login form. */
    public static void signOut(Page page) {
        page.locator("vaadin-button:has-text('Sign out')").click();
        page.waitForURL("**/login");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("input[name=username]").waitFor();
    }

    /** Opens a task's screen by its route, as the inbox links it. */
    public void openTask(Page page, String formKey, String taskId) {
        page.navigate(url("task/" + formKey + "/" + taskId));
        settle(page);
    }

    /** Opening the task's route is refused with the neutral message, and the user is back in the inbox. */
    public void assertSentAway(Page page, String formKey, String taskId) {
        openTask(page, formKey, taskId);
        done(page, "This task is not available");
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

    /**
     * The field of {@code tag} labelled exactly {@code label}, inside {@code scope} (a page's locator
     * or a part of it). Flow sets the label as a property, so it is found by its slotted label element.
     */
    public static Locator field(Locator scope, String tag, String label) {
        return scope.locator(tag).filter(new Locator.FilterOptions()
                .setHas(scope.page().locator("label[slot='label']:text-is(\"" + label + "\")")));
    }

    public static Locator field(Page page, String tag, String label) {
        return field(page.locator("body"), tag, label);
    }

    /** Types the value into the input of the field of {@code tag} labelled {@code label}, and leaves it. */
    public static void fill(Page page, String tag, String label, String value) {
        Locator input = field(page, tag, label).locator("input");
        input.fill(value);
        input.press("Tab");
        settle(page);
    }

    /** Types the value into the text area labelled {@code label}. */
    public static void fillArea(Page page, String label, String value) {
        field(page, "vaadin-text-area", label).locator("textarea").fill(value);
        settle(page);
    }

    /** The error message the field shows, once it contains {@code text}. */
    public static Locator errorOf(Locator field, String text) {
        Locator error = field.locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText(text));
        error.waitFor();
        return error;
    }

    /** Types a date (as {@code M/d/yyyy}) into the date picker. */
    public static void typeDate(Locator datePicker, String date) {
        Locator input = datePicker.locator("input");
        input.fill(date);
        input.press("Enter");
        input.press("Tab");
        settle(datePicker.page());
    }

    /** Types a date (as {@code M/d/yyyy}) into the date picker labelled {@code label}. */
    public static void typeDate(Page page, String label, String date) {
        typeDate(field(page, "vaadin-date-picker", label), date);
    }

    /** Chooses an item of a {@code vaadin-select} by its text. */
    public static void choose(Locator select, String item) {
        select.click();
        select.page().locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(item)).click();
        settle(select.page());
    }

    /** Chooses the option of the radio group labelled {@code groupLabel}. */
    public static void choose(Page page, String groupLabel, String option) {
        field(page, "vaadin-radio-group", groupLabel).locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(option)).click();
        settle(page);
    }

    /** Types into the combo box labelled {@code label}, picks the item with that text, and checks that it is chosen. */
    public static void chooseInComboBox(Page page, String label, String typed, String item) {
        Locator input = field(page, "vaadin-combo-box", label).locator("input");
        input.click();
        input.fill(typed);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        settle(page);
        assertThat(input.inputValue()).as(label).isEqualTo(item);
    }

    /** Clicks the link and returns the file it downloads, as UTF-8 text (a binary file's bytes, leniently). */
    public static String download(Locator link) {
        Download download = link.page().waitForDownload(link::click);
        try {
            return new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Locator heading(Page page, String text) {
        return page.locator("h2:text-is(\"" + text + "\")");
    }

    public static void settle(Page page) {
        page.waitForFunction(VAADIN_SETTLED);
    }

    /** The whole page, once the server has answered and the loading bar is gone, as {@code target/screenshots/<name>}. */
    public static void shoot(Page page, String name) {
        settle(page);
        page.waitForFunction(LOADING_BAR_GONE);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    /**
     * The page as it is, once at its own size and once on a phone of 390×844 scrolled to {@code show},
     * as {@code name.png} and {@code name-phone.png}.
     */
    public static void shootLaptopAndPhone(Page page, String name, Locator show) {
        shootLaptopAndPhone(page, name, () -> show.scrollIntoViewIfNeeded());
    }

    /**
     * The page as it is and on a phone of 390×844, as {@code name.png} and {@code name-phone.png}; on
     * the phone the first field with a problem, if any, is scrolled into view (the content scrolls
     * inside the layout, not the document).
     */
    public static void shootLaptopAndPhone(Page page, String name) {
        shootLaptopAndPhone(page, name, () -> {
            Locator invalid = page.locator("[invalid]");
            if (invalid.count() > 0) {
                invalid.first().scrollIntoViewIfNeeded();
            }
        });
    }

    private static void shootLaptopAndPhone(Page page, String name, Runnable onPhone) {
        shoot(page, name + ".png");
        var size = page.viewportSize();
        page.setViewportSize(390, 844);
        settle(page);
        onPhone.run();
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

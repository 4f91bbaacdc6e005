package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Screens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, "works on a closed network" and "every screen passes axe-core": each screen of the
 * application ({@link ScreenCatalogue}), opened at 1280×800 by a user who may, in a Chromium that may
 * reach the application only, asks for nothing from elsewhere and has no serious or critical axe-core
 * violation (WCAG 2.0/2.1 A and AA), nor a text whose colour contrast axe could not decide and the
 * second check ({@link EffectiveContrast}, DD036) finds too low. The findings are written to {@code target/accessibility-report.md}.
 */
@CityCoopTest
class EveryScreenTest {

    /** Screens also photographed at 1280×800 and 390×844 for a person to look at. */
    private static final Set<String> PHOTOGRAPHED = Set.of("", "project/propose", "task/funding/draft-application/:taskId",
            "task/feasibility/conduct-survey/:taskId", "dashboard", "partner");

    @LocalServerPort
    int port;

    @Autowired
    ScreenCatalogue catalogue;

    @Test
    void everyScreenFetchesNothingFromElsewhereAndHasNoSeriousAccessibilityViolation() {
        Map<String, ScreenCatalogue.Screen> screens = catalogue.screens();
        assertThat(ScreenCatalogue.missingFrom(screens, Screens.routes())).as("routes without an entry in ScreenCatalogue").isEmpty();
        OffsiteRequests offsite = new OffsiteRequests();
        AccessibilityReport report = new AccessibilityReport();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            Map<String, Page> pageOf = new HashMap<>();
            browser.run("every-screen", () -> {
                proveTheRecorderCatchesAnOffsiteRequest(browser, offsite);
                for (ScreenCatalogue.Screen screen : screens.values()) {
                    Page page = pageOf.computeIfAbsent(String.valueOf(screen.user()), user -> signedIn(browser, offsite, screen.user()));
                    long start = System.nanoTime();
                    visit(browser, page, screen, report);
                    System.out.printf("EveryScreenTest: %s in %d ms%n", screen.route(), (System.nanoTime() - start) / 1_000_000);
                }
            });
            offsite.release();
            report.write();
        }

        assertThat(offsite.recorded()).as("requests to other hosts than the application").isEmpty();
        assertThat(report.unopened()).as("screens that could not be opened").isEmpty();
        assertThat(report.blocking()).as("serious and critical axe-core violations (see " + AccessibilityReport.FILE + ")").isEmpty();
        assertThat(report.contrastFailures()).as("colour contrast too low where axe could not decide (DD036, see "
                + AccessibilityReport.FILE + ")").isEmpty();
    }

    private void visit(BrowserSession browser, Page page, ScreenCatalogue.Screen screen, AccessibilityReport report) {
        String path;
        try {
            path = screen.path().get();
        } catch (RuntimeException | AssertionError failure) {
            report.couldNotOpen(screen, "no instance: " + failure);
            return;
        }
        page.navigate(browser.url(path));
        BrowserSession.settle(page);
        if (screen.isTask() && !page.url().endsWith(path)) {
            report.couldNotOpen(screen, "sent to " + page.url());
            return;
        }
        if (PHOTOGRAPHED.contains(screen.route())) {
            BrowserSession.shootLaptopAndPhone(page, "a11y-" + (screen.route().isEmpty() ? "inbox"
                    : screen.route().replace("/:taskId", "").replace('/', '-')));
        }
        report.add(screen, page.url(), AxeScan.of(page));
    }

    /** One fetch to another host, made by a page's script, is aborted and recorded; then the record starts empty. */
    private static void proveTheRecorderCatchesAnOffsiteRequest(BrowserSession browser, OffsiteRequests offsite) {
        Page page = browser.newPage(1280, 800);
        offsite.closeNetworkOf(page.context());
        page.navigate(browser.url("login"));
        Object outcome = page.evaluate("() => fetch('http://example.org/x').then(() => 'fetched', () => 'blocked')");
        assertThat(outcome).isEqualTo("blocked");
        assertThat(offsite.recorded()).singleElement().asString().startsWith("http://example.org/x");
        offsite.forget();
        page.close();
    }

    /** A 1280×800 browser on the closed network, signed in as {@code user} (or not signed in, for {@code null}). */
    private static Page signedIn(BrowserSession browser, OffsiteRequests offsite, String user) {
        Page page = browser.newPage(1280, 800);
        offsite.closeNetworkOf(page.context());
        if (user != null) {
            browser.signIn(page, user);
        }
        return page;
    }
}

package org.citycoop.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.name.Name;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.IndicatorTarget;
import org.citycoop.project.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project page's indicator charts in Debian's Chromium: after two follow-up rounds (the first
 * accepted, the second under review) each indicator's chart element holds the rounds and values the
 * partner reported against the baseline and target, its canvas is drawn and named for screen
 * readers, an indicator whose name is markup shows that name as text, and the CSV download holds
 * the same figures. Another organisation sees no chart. Screenshots:
 * {@code target/screenshots/chart-*.png}, 1280×800 and 390×844.
 */
@CityCoopTest
class IndicatorChartScreensTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> collected";
    private static final LocalDate BY = LocalDate.of(2029, 3, 31);

    @LocalServerPort
    int port;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    FollowUpService followUps;

    @Autowired
    IndicatorService indicators;

    @Autowired
    TestUsers users;

    @Test
    void theProjectPageChartsEachIndicatorOverTheRoundsWithTheSameFiguresInItsCsv() {
        Project project = projectWithTwoRounds();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("chart", () -> charts(browser, project));
        }
    }

    /** Composting (2 → 10 t/day) and an indicator named with markup (8 → 20 t/day): round 1 accepted, round 2 under review. */
    private Project projectWithTwoRounds() {
        String code = "MARKUP_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        indicators.save(new Indicator(code, Name.english(HOSTILE), "t/day", Indicator.Direction.HIGHER, "WASTE"), users.get("admin"));
        Project project = fixtures.projectInFollowUp(new ActionPlan("Compost and collect in 31 districts.", List.of(
                new IndicatorTarget("COMPOSTING", "2", "10", BY), new IndicatorTarget(code, "8", "20", BY))));
        followUps.setSchedule(fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId(), "R2/P6M", fixtures.officer());
        fixtures.roundDue(project);
        fixtures.report(project, "4.5", "11");
        fixtures.review(project, ReviewOutcome.ACCEPTED, false, null);
        fixtures.roundDue(project);
        fixtures.report(project, "6", "12.5");
        return project;
    }

    private void charts(BrowserSession browser, Project project) {
        Page officer = browser.signedIn("kitakyushu.officer");
        List<String> dialogs = new ArrayList<>();
        officer.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        officer.navigate(browser.url("projects/" + project.code()));
        settle(officer);
        Locator section = officer.locator(".project-indicators");
        Locator charts = section.locator("citycoop-chart");
        charts.nth(1).waitFor();
        assertThat(charts.count()).isEqualTo(2);

        // what the server sent: the rounds, the partner's values, baseline and target as reference lines
        assertThat(charts.nth(0).evaluate("e => e.data.kind")).isEqualTo("line");
        for (int i = 0; i < 2; i++) {
            assertThat(strings(charts.nth(i).evaluate("e => e.data.labels"))).containsExactly("Round 1", "Round 2 (under review)");
        }
        assertThat(series(charts.nth(0))).containsExactly("Actual: 4.5 6", "Baseline: 2 2", "Target (31 Mar 2029): 10 10");
        assertThat(series(charts.nth(1))).containsExactly("Actual: 11 12.5", "Baseline: 8 8", "Target (31 Mar 2029): 20 20");

        // the canvas is drawn, and named for screen readers
        for (int i = 0; i < 2; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> canvas = (Map<String, Object>) charts.nth(i).evaluate(PAINTED);
            assertThat(((Number) canvas.get("width")).intValue()).as("canvas width").isGreaterThan(200);
            assertThat(((Number) canvas.get("painted")).intValue()).as("painted pixels").isGreaterThan(1000);
            assertThat(canvas.get("role")).isEqualTo("img");
        }
        assertThat(charts.nth(0).evaluate("e => e.shadowRoot.querySelector('canvas').getAttribute('aria-label')"))
                .isEqualTo("Chart of Organic waste composted in t/day: baseline 2, target 10 by 31 Mar 2029. "
                        + "Actual values: Round 1: 4.5; Round 2 (under review): 6.");

        // a name that is markup stays text: in the chart's title, its label for screen readers and the table
        assertThat(section.locator(".indicator-chart-title").nth(1).textContent()).isEqualTo(HOSTILE + " (t/day)");
        assertThat((String) charts.nth(1).evaluate("e => e.shadowRoot.querySelector('canvas').getAttribute('aria-label')"))
                .startsWith("Chart of " + HOSTILE + " in t/day");
        assertThat(section.locator("vaadin-grid").textContent()).contains(HOSTILE);
        assertThat(officer.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0);
        assertThat(dialogs).as("no script of the name ran").isEmpty();

        // the CSV holds the same figures, one line per indicator and round
        List<List<String>> csv = csv(officer, section);
        assertThat(csv.get(0)).containsExactly("Indicator", "Unit", "Baseline", "Target", "Target date", "Round",
                "Actual value", "Measured on", "Status");
        String measured = FollowUpFixtures.MEASURED.toString();
        assertThat(csv.subList(1, csv.size())).containsExactly(
                List.of("Organic waste composted", "t/day", "2", "10", "2029-03-31", "1", "4.5", measured, "Accepted"),
                List.of("Organic waste composted", "t/day", "2", "10", "2029-03-31", "2", "6", measured, "Under review"),
                List.of(HOSTILE, "t/day", "8", "20", "2029-03-31", "1", "11", measured, "Accepted"),
                List.of(HOSTILE, "t/day", "8", "20", "2029-03-31", "2", "12.5", measured, "Under review"));

        shootLaptopAndPhone(officer, "chart-01-project-indicators", section.locator(".indicator-charts"));

        // on a phone the charts shrink to the screen, one under the other, and the table fits without scrolling sideways
        officer.setViewportSize(390, 844);
        settle(officer);
        officer.waitForFunction("() => [...document.querySelectorAll('citycoop-chart')]"
                + ".every(c => c.shadowRoot.querySelector('canvas').getBoundingClientRect().width <= 390)");
        assertThat(charts.nth(1).boundingBox().y).as("the second chart under the first")
                .isGreaterThan(charts.nth(0).boundingBox().y + charts.nth(0).boundingBox().height);
        Locator table = section.locator("vaadin-grid");
        table.scrollIntoViewIfNeeded();
        assertThat(table.evaluate("grid => grid.$.table.scrollWidth - grid.$.table.clientWidth")).isEqualTo(0);
        shoot(officer, "chart-02-table-phone.png");

        // another organisation's officer gets no chart of the project
        Page stranger = browser.signedIn("yokohama.officer");
        stranger.navigate(browser.url("projects/" + project.code()));
        notification(stranger, "This project is not available");
        assertThat(stranger.locator("citycoop-chart").count()).isZero();
    }

    /** Width and role of the chart's canvas, and how many of its pixels are not transparent. */
    private static final String PAINTED = """
            e => {
              const canvas = e.shadowRoot.querySelector('canvas');
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
              return { width: canvas.width, painted, role: canvas.getAttribute('role') };
            }""";

    /** Each series of the chart as "name: value value …". */
    private static List<String> series(Locator chart) {
        return strings(chart.evaluate("e => e.data.series.map(s => s.name + ': ' + s.values.join(' '))"));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static List<List<String>> csv(Page page, Locator section) {
        Download download = page.waitForDownload(() -> section.locator(".csv-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("indicators-" + section.page().url().replaceAll(".*/", "") + ".csv");
        try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte-order mark for Excel").isEqualTo('\uFEFF');
            return CSVFormat.EXCEL.parse(reader).getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

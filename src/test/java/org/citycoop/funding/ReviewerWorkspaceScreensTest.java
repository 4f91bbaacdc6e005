package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reviewer workspace in Debian's Chromium: the JICA reviewer opens the workspace from the menu,
 * finds the resubmitted application at the end of the JICA queue, goes to its screening task and
 * from there to the comparison with the previous submission, where the changed fields say so in
 * words. The MoE reviewer sees only the MoE scheme and may not open the JICA comparison.
 * Screenshots at 1280×800 and 390×844 go to {@code target/screenshots/reviewer-*.png}.
 */
@CityCoopTest
class ReviewerWorkspaceScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fixtures;

    @Test
    void theReviewerGoesFromTheQueueToTheScreeningTaskAndComparesTheResubmission() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("reviewer", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String moej = fixtures.moejApplicationAtScreening();
        String code = fixtures.resubmittedApplication();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);

        Page reviewer = browser.signedIn("jica.reviewer");
        reviewer.locator("vaadin-side-nav-item:has-text('Reviewer workspace')").click();
        heading(reviewer, "Reviewer workspace").waitFor();
        settle(reviewer);
        String counts = reviewer.locator(".reviewer-counts").textContent();
        assertThat(counts).contains("JICA Grassroots Technical Cooperation (local-government type)").doesNotContain("MoE");
        // the latest JICA submission is the last row of the JICA queue
        reviewer.locator("vaadin-grid").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        settle(reviewer);
        Locator link = reviewer.locator("vaadin-grid a[href$='" + taskId + "']");
        link.waitFor();
        assertThat(link.textContent()).isEqualTo("Screen funding application");
        assertThat(reviewer.locator("vaadin-grid").textContent()).contains(code).doesNotContain(moej);
        assertThat(link.locator("xpath=..").textContent()).contains("Due ");
        shootLaptopAndPhone(reviewer, "reviewer-01-workspace", link);

        link.click();
        heading(reviewer, "Screen funding application").waitFor();
        settle(reviewer);
        reviewer.locator("a:has-text('Compare with the previous submission')").click();
        reviewer.locator("h3:text-is('Compare with the previous submission')").waitFor();
        settle(reviewer);
        assertThat(reviewer.locator("p:has-text('fields changed')").textContent())
                .isEqualTo("Submission 1 beside submission 2: 2 of 5 fields changed.");
        assertThat(mark(reviewer, "requestedAmountJpy")).isEqualTo("Changed");
        assertThat(mark(reviewer, "budgetLines")).isEqualTo("Changed");
        assertThat(mark(reviewer, "objectives")).isEqualTo("Unchanged");
        assertThat(mark(reviewer, "durationMonths")).isEqualTo("Unchanged");
        assertThat(reviewer.locator(".compare-row[data-field=requestedAmountJpy] .compare-value").allTextContents())
                .containsExactly("¥24,000,000", "¥22,000,000");
        assertThat(reviewer.locator(".compare-row[data-field=budgetLines] .compare-side").last().textContent())
                .contains("Submission 2 (latest)").contains("Training FY1: ¥12,000,000");
        shootLaptopAndPhone(reviewer, "reviewer-02-compare",
                reviewer.locator(".compare-row[data-field=budgetLines]"));
        reviewer.locator("a:has-text('Back to the screening task')").click();
        heading(reviewer, "Screen funding application").waitFor();

        Page moe = browser.signedIn("moe.reviewer");
        moe.navigate(browser.url("reviewer"));
        heading(moe, "Reviewer workspace").waitFor();
        settle(moe);
        assertThat(moe.locator(".reviewer-counts").textContent()).contains("MoE JCM").doesNotContain("JICA");
        moe.navigate(browser.url("reviewer/compare/" + taskId));
        done(moe, "This task is not available");
    }

    private static String mark(Page page, String field) {
        return page.locator(".compare-row[data-field=" + field + "] .compare-head span").nth(1).textContent();
    }
}

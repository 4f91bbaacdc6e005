package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.citycoop.TestUsers;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplicationStatus;
import org.citycoop.funding.FundingFixtures;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.ReviewerWorkspaceService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A working day of JICA's reviewer, at 1280×800 with the key screens also on a phone: the agency's
 * queue by scheme and deadline, a new application with its budget, the conflict-of-interest
 * declaration she reads and leaves (she has none), the weighted scores (first forgotten, then
 * given), the decision, and the comparison of a revised application with its previous submission.
 * The Ministry of the Environment's application in the same hours never reaches her, not even by
 * its address. Screenshots: {@code target/screenshots/day-reviewer-*.png}.
 */
@CityCoopTest
class ReviewerDayJourneyTest {

    private static final String JICA = "JICA Grassroots Technical Cooperation (local-government type)";
    /** The scheme's criteria as the form labels them, with the score she gives each: weighted 4.00. */
    private static final Map<String, String> SCORES = Map.of(
            "Relevance to the partner city's needs (weight 30)", "4",
            "Use of the local government's own know-how (weight 25)", "5",
            "Feasibility of the plan and budget (weight 25)", "3",
            "Sustainability after the project (weight 20)", "4");

    @LocalServerPort int port;
    @Autowired FundingFixtures applications;
    @Autowired FundingService funding;
    @Autowired ReviewerWorkspaceService workspace;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void theJicaReviewerScreensDecidesAndComparesTheApplicationsOfHerAgencyOnly() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("day-reviewer", () -> day(chromium));
        }
    }

    private void day(BrowserSession chromium) {
        String fresh = applications.applicationAtScreening();
        String revised = applications.resubmittedApplication();
        String otherAgency = applications.moejApplicationAtScreening();
        CityCoopUser reviewer = users.get("jica.reviewer");

        // the queue of her agency, by scheme, each application with its open task and deadline
        Page page = chromium.signedIn("jica.reviewer");
        openWorkspace(page);
        assertThat(page.locator(".reviewer-counts").textContent())
                .contains(JICA + ": " + workspace.queueCounts(reviewer).get("JICA_GRASSROOTS_LG") + " awaiting").doesNotContain("MoE");
        List<String> row = Grids.rowWith(page, queued(fresh));
        assertThat(row).contains(JICA).anyMatch(cell -> cell.startsWith("No. 1, "))
                .anyMatch(cell -> cell.startsWith("Screen funding application") && cell.contains("Due "));
        String screening = taskLink(page, fresh, "Screen funding application");
        shootLaptopAndPhone(page, "day-reviewer-01-queue", page.locator("vaadin-grid a[href='" + screening + "']"));
        assertThat(Grids.allCellTexts(page)).noneMatch(cell -> cell.contains(otherAgency));

        // the application with its budget; no conflict of interest to declare
        page.navigate(chromium.url(screening));
        heading(page, "Screen funding application").waitFor();
        settle(page);
        assertThat(page.locator(".task-header").textContent()).contains(fresh, "Surabaya");
        assertThat(page.locator("body").textContent()).contains("¥24,000,000", "Training in Kitakyushu: ¥14,000,000",
                "Dispatch of specialists: ¥10,000,000", "Total of the budget lines: ¥24,000,000");
        shootLaptopAndPhone(page, "day-reviewer-02-application", page.locator("li:has-text('Total of the budget lines')"));
        Locator conflict = page.locator("vaadin-details-summary:has-text('Declare a conflict of interest')");
        conflict.click();
        Locator declaration = page.locator("vaadin-details[opened]");
        assertThat(declaration.textContent()).contains("you cannot take any task of this application");
        shootLaptopAndPhone(page, "day-reviewer-03-conflict-of-interest", declaration);
        conflict.click();

        // the scores are forgotten first: every criterion says what to do, and nothing is saved
        click(page, "Save screening");
        Locator firstCriterion = field(page, "vaadin-radio-group", "Relevance to the partner city's needs (weight 30)");
        errorOf(firstCriterion, "choose 1 (poor) to 5 (excellent)");
        assertThat(page.locator("vaadin-radio-group[invalid]").count()).isEqualTo(SCORES.size());
        shootLaptopAndPhone(page, "day-reviewer-04-scores-missing");
        assertThat(page.url()).endsWith(screening);

        SCORES.forEach((criterion, score) -> choose(page, criterion, score));
        for (String item : List.of("Letter of consent", "Budget broken down", "Proposal approved by the head")) {
            page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(item)).click();
        }
        fillArea(page, "Comments for the decision", "Clear plan; the counterpart letter is attached.");
        click(page, "Save screening");
        done(page, "Screening of " + fresh + " saved. Next: the decision.");

        // the decision, with her screening and its weighted score above it
        openWorkspace(page);
        Grids.rowWith(page, queued(fresh));
        page.navigate(chromium.url(taskLink(page, fresh, "Decide on funding application")));
        heading(page, "Decide on funding application").waitFor();
        settle(page);
        assertThat(page.locator("body").textContent()).contains("weighted score 4.00 (submission 1)",
                "Checklist: 3 of 4 items fulfilled");
        choose(page, "Decision", "Approve");
        fill(page, "vaadin-text-field", "Approved amount (JPY)", "22000000");
        shootLaptopAndPhone(page, "day-reviewer-05-decision");
        click(page, "Record decision");
        done(page, "Funding for " + fresh + " approved.");
        FundingApplication decided = funding.application(fresh, 1, reviewer).orElseThrow();
        assertThat(decided.status()).isEqualTo(FundingApplicationStatus.APPROVED);
        assertThat(decided.lastDecision().orElseThrow().approvedAmountJpy()).isEqualTo(22_000_000L);

        // the revised application beside its previous submission; the decided one has left the queue
        openWorkspace(page);
        assertThat(Grids.allCellTexts(page)).doesNotContain(queued(fresh));
        assertThat(Grids.rowWith(page, queued(revised))).anyMatch(cell -> cell.startsWith("No. 2, "));
        page.navigate(chromium.url(taskLink(page, revised, "Screen funding application")));
        heading(page, "Screen funding application").waitFor();
        page.locator("a:has-text('Compare with the previous submission')").click();
        page.locator("h3:text-is('Compare with the previous submission')").waitFor();
        settle(page);
        assertThat(page.locator("p:has-text('fields changed')").textContent())
                .isEqualTo("Submission 1 beside submission 2: 2 of 5 fields changed.");
        assertThat(page.locator(".compare-row[data-field=requestedAmountJpy] .compare-value").allTextContents())
                .containsExactly("¥24,000,000", "¥22,000,000");
        shootLaptopAndPhone(page, "day-reviewer-06-compare", page.locator(".compare-row[data-field=budgetLines]"));

        // another agency's application stays out of reach, also by its address
        chromium.assertSentAway(page, FundingProcess.FORM_SCREEN_APPLICATION,
                applications.taskId(otherAgency, FundingProcess.TASK_SCREEN_APPLICATION));
        assertThat(page.locator("body").textContent()).doesNotContain(otherAgency);
    }

    private static void openWorkspace(Page page) {
        page.locator("vaadin-side-nav-item:has-text('Reviewer workspace')").click();
        heading(page, "Reviewer workspace").waitFor();
        settle(page);
    }

    /** The project cell of an application's row in the queue: code and title. */
    private String queued(String code) {
        return code + " · " + projects.require(code, users.get("kitakyushu.officer")).title();
    }

    /** The address the row's task link leads to (read, not clicked: the grid recycles its rows). */
    private String taskLink(Page page, String code, String taskName) {
        var link = Grids.inRow(page, queued(code), "a", taskName);
        assertThat(link).as(taskName + " linked in the row of " + code).isNotNull();
        return link.getAttribute("href");
    }
}

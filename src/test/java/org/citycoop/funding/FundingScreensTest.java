package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
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

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    FundingService funding;

    @Test
    void officerManagerAndReviewerCarryAnApplicationThroughTheirScreens() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("funding", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String code = fixtures.projectApplyingForFunding();
        Page officer = browser.signedIn("kitakyushu.officer", 1280, 900);

        // an ineligible choice first: the MoE JCM study runs one fiscal year, for at most ¥20,000,000
        open(browser, officer, FundingProcess.FORM_CHOOSE_SCHEME, FundingProcess.TASK_CHOOSE_SCHEME, code);
        heading(officer, "Choose funding scheme").waitFor();
        chooseInComboBox(officer, "Funding scheme", "MoE JCM city-to-city collaboration feasibility study",
                "MoE JCM city-to-city collaboration feasibility study");
        fill(officer, "vaadin-text-field", "Requested amount (JPY)", "25000000");
        fill(officer, "vaadin-integer-field", "Duration (months)", "24");
        click(officer, "Check eligibility");
        done(officer, "is not eligible for this scheme");

        open(browser, officer, FundingProcess.FORM_CHOOSE_SCHEME, FundingProcess.TASK_CHOOSE_SCHEME, code);
        Locator reasons = officer.locator(".manager-comment");
        reasons.filter(new Locator.FilterOptions().setHasText("Duration:")).waitFor();
        assertThat(reasons.textContent()).contains("Requested amount:", "¥20,000,000");
        shoot(officer, "funding-01-not-eligible.png");
        // a Japanese officer reads the decision table's reasons and the scheme in Japanese (DD032)
        Page japanese = browser.newPage(1280, 900, "ja-JP");
        browser.signInInJapanese(japanese, "kitakyushu.officer");
        open(browser, japanese, FundingProcess.FORM_CHOOSE_SCHEME, FundingProcess.TASK_CHOOSE_SCHEME, code);
        Locator japaneseReasons = japanese.locator(".manager-comment");
        japaneseReasons.filter(new Locator.FilterOptions().setHasText("期間:")).waitFor();
        assertThat(japaneseReasons.textContent()).contains("環境省 JCM都市間連携事業 実現可能性調査の対象外です",
                "申請額: 環境省JCM都市間連携事業の実現可能性調査の上限は20,000,000円です。").doesNotContain("Duration");
        shootLaptopAndPhone(japanese, "funding-01-not-eligible-ja");
        chooseInComboBox(officer, "Funding scheme", "JICA Grassroots Technical Cooperation (local-government type)",
                "JICA Grassroots Technical Cooperation (local-government type)");
        fill(officer, "vaadin-text-field", "Requested amount (JPY)", "24000000");
        click(officer, "Check eligibility");
        done(officer, "is eligible");

        // the draft: budget lines that do not add up are refused on the requested amount
        open(browser, officer, FundingProcess.FORM_DRAFT_APPLICATION, FundingProcess.TASK_DRAFT_APPLICATION, code);
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
        errorOf(field(officer, "vaadin-text-field", "Requested amount (JPY)"), "¥23,000,000");
        shoot(officer, "funding-02-draft-refused.png");
        second.fill("10000000");
        second.press("Tab");
        settle(officer);
        click(officer, "Send to the manager for approval");
        done(officer, "sent to your manager");

        // the manager approves it for submission
        Page manager = browser.signedIn("kitakyushu.manager", 1280, 900);
        open(browser, manager, FundingProcess.FORM_APPROVE_APPLICATION, FundingProcess.TASK_APPROVE_APPLICATION, code);
        heading(manager, "Approve funding application internally").waitFor();
        assertThat(String.join(" ", manager.locator(".project-summary").allTextContents()))
                .contains("Training in Kitakyushu", "¥24,000,000", "Surabaya");
        shoot(manager, "funding-03-approve.png");
        click(manager, "Approve for submission");
        done(manager, "approved");
        fixtures.runSubmission(code);

        // the JICA reviewer screens and approves a lower amount
        Page reviewer = browser.signedIn("jica.reviewer", 1280, 900);
        open(browser, reviewer, FundingProcess.FORM_SCREEN_APPLICATION, FundingProcess.TASK_SCREEN_APPLICATION, code);
        heading(reviewer, "Screen funding application").waitFor();
        reviewer.locator("vaadin-checkbox").first().click();
        for (Locator group : reviewer.locator("vaadin-radio-group").all()) {
            group.locator("vaadin-radio-button").nth(3).click();
        }
        fillArea(reviewer, "Comments for the decision", "A clear plan with Surabaya's counterpart.");
        shoot(reviewer, "funding-04-screen.png");
        click(reviewer, "Save screening");
        done(reviewer, "Screening of " + code + " saved");

        open(browser, reviewer, FundingProcess.FORM_DECIDE_APPLICATION, FundingProcess.TASK_DECIDE_APPLICATION, code);
        heading(reviewer, "Decide on funding application").waitFor();
        assertThat(reviewer.locator(".project-summary").last().textContent()).contains("weighted score 4.00");
        choose(reviewer, "Decision", "Approve");
        fill(reviewer, "vaadin-text-field", "Approved amount (JPY)", "20000000");
        shoot(reviewer, "funding-05-decide.png");
        click(reviewer, "Record decision");
        done(reviewer, "Funding for " + code + " approved.");

        // the officer records the agreement: instalments must add up to the approved amount
        open(browser, officer, FundingProcess.FORM_RECORD_AGREEMENT, FundingProcess.TASK_RECORD_AGREEMENT, code);
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
        typeDate(officer.locator("vaadin-date-picker:has(label:text-is('Date'))").nth(1), US_DATE.format(secondDate));
        officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(1).locator("input").fill("8000000");
        settle(officer);
        shoot(officer, "funding-07-agreement.png");
        click(officer, "Record agreement");
        done(officer, "Funding agreement of " + code + " recorded.");

        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.AGREED);
        assertThat(application.agreement().orElseThrow().instalments()).extracting(Instalment::getAmountJpy)
                .containsExactlyInAnyOrder(12_000_000L, 8_000_000L);
        assertThat(application.agreement().orElseThrow().reportingDuties()).isNotEmpty();
    }

    private void open(BrowserSession browser, Page page, String formKey, String taskDefinitionKey, String code) {
        browser.openTask(page, formKey, fixtures.taskId(code, taskDefinitionKey));
    }
}

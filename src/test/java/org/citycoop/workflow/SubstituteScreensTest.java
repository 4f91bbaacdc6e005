package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Substitutes in Debian's Chromium (DD027): an officer records her absence with a colleague as
 * substitute; the colleague signs in, finds her task in his inbox marked "for" her, completes it, and
 * the project's timeline says who acted for whom. Screenshots: {@code target/screenshots/absence-*.png}.
 */
@CityCoopTest
class SubstituteScreensTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/yyyy");

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired WorkflowService workflow;
    @Autowired HistoryService history;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void everyoneIsBack() {
        jdbc.sql("delete from absence").update();
    }

    @Test
    void anOfficerIsAwayAndHerColleagueCompletesHerTaskForHer() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("absence", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        Project project = projects.propose(TestProposals.of("Landfill gas for Surabaya while away", "SBY"),
                users.get("kitakyushu.officer"));
        process.startAt(project, ProjectProcess.TASK_REVISE_PROPOSAL, Map.of());
        String taskId = process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        workflow.claim(taskId, Actor.of(users.get("kitakyushu.officer")));
        LocalDate today = LocalDate.now(clock);

        // Aiko Tanaka records her absence from the menu; the server names what is missing first
        Page away = browser.signedIn("kitakyushu.officer");
        away.locator("vaadin-side-nav-item:has-text('Absence and substitute')").click();
        heading(away, "Absence and substitute").waitFor();
        settle(away);
        BrowserSession.typeDate(away, "From", today.format(TYPED));
        BrowserSession.typeDate(away, "To", today.plusDays(2).format(TYPED));
        away.locator("#absence-record").click();
        settle(away);
        errorOf(field(away, "vaadin-combo-box", "Substitute"), "Substitute: choose the colleague who acts for them meanwhile.");
        shootLaptopAndPhone(away, "absence-01-substitute-missing");
        BrowserSession.chooseInComboBox(away, "Substitute", "Kenta", "Kenta Mori (kitakyushu.officer2)");
        away.locator("#absence-record").click();
        notification(away, "Aiko Tanaka is recorded as away; Kenta Mori stands in.");
        settle(away);
        assertThat(away.locator(".absence-card").first().textContent())
                .contains("Away now").contains("You are away; Kenta Mori stands in for you");
        shootLaptopAndPhone(away, "absence-02-recorded", away.locator(".absence-card").first());

        // Kenta Mori finds her task among his own, marked for her
        Page substitute = browser.signedIn("kitakyushu.officer2");
        substitute.navigate(browser.url("?view=MY_TASKS&project=" + project.code()));
        heading(substitute, "Task inbox").waitFor();
        settle(substitute);
        Locator row = substitute.locator("vaadin-grid vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("Revise project proposal"));
        row.first().waitFor();
        assertThat(row.first().textContent()).contains("for Aiko Tanaka");
        shootLaptopAndPhone(substitute, "absence-03-substitute-inbox", substitute.locator("vaadin-grid"));

        substitute.locator("vaadin-grid a").filter(new Locator.FilterOptions().setHasText("Revise project proposal")).first().click();
        substitute.waitForURL("**/task/" + ProjectProcess.FORM_REVISE_PROPOSAL + "/" + taskId);
        settle(substitute);
        Locator notice = substitute.locator(".acting-for-notice");
        assertThat(notice.textContent()).contains("You stand in for Aiko Tanaka")
                .contains("This task is assigned to Aiko Tanaka, who is away.");
        shootLaptopAndPhone(substitute, "absence-04-task-for-colleague", notice);

        // a Japanese reader sees her Japanese name in the inbox mark and in the notice (DD029)
        Page japanese = browser.newPage(1280, 800, "ja-JP");
        browser.signInInJapanese(japanese, "kitakyushu.officer2");
        japanese.navigate(browser.url("?view=MY_TASKS&project=" + project.code()));
        settle(japanese);
        Locator japaneseRow = japanese.locator("vaadin-grid vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("案件提案の修正"));
        japaneseRow.first().waitFor();
        assertThat(japaneseRow.first().textContent()).contains("田中 愛子さんの代理").doesNotContain("Aiko Tanaka");
        shootLaptopAndPhone(japanese, "absence-03-substitute-inbox-ja", japanese.locator("vaadin-grid"));
        japanese.navigate(browser.url("task/" + ProjectProcess.FORM_REVISE_PROPOSAL + "/" + taskId));
        settle(japanese);
        assertThat(japanese.locator(".acting-for-notice").textContent()).contains("田中 愛子さんの代理")
                .contains("このタスクは不在中の田中 愛子さんに割り当てられています。");

        click(substitute, "Resubmit for screening");
        done(substitute, "Project " + project.code() + " resubmitted for screening.");
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("kitakyushu.officer2");

        // the project's timeline, as the absent officer reads it on her return
        away.navigate(browser.url("projects/" + project.code()));
        Locator timeline = away.locator(".project-timeline");
        timeline.waitFor();
        settle(away);
        assertThat(timeline.textContent())
                .contains("kitakyushu.officer2 for kitakyushu.officer completed the task \"Revise project proposal\"");
        timeline.scrollIntoViewIfNeeded();
        shootLaptopAndPhone(away, "absence-05-timeline", timeline);

        // the same history and page in Japanese
        japanese.navigate(browser.url("projects/" + project.code()));
        Locator japaneseTimeline = japanese.locator(".project-timeline");
        japaneseTimeline.waitFor();
        settle(japanese);
        assertThat(japaneseTimeline.textContent())
                .contains("kitakyushu.officer2さんがkitakyushu.officerさんの代理としてタスク「案件提案の修正」を完了しました");
        japaneseTimeline.scrollIntoViewIfNeeded();
        shootLaptopAndPhone(japanese, "absence-06-timeline-ja", japaneseTimeline);
        japanese.navigate(browser.url("settings/absence"));
        heading(japanese, "不在と代理").waitFor();
        settle(japanese);
        assertThat(japanese.locator(".absence-card").first().textContent()).contains("あなたが田中 愛子さんの代理を務めます");
        shootLaptopAndPhone(japanese, "absence-07-substitute-ja");
    }
}

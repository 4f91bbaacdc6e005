package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.citycoop.TestUsers;
import org.citycoop.TestProposals;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser asking for Japanese gets the screens in Japanese, characters intact from the UTF-8
 * bundles: the login page, the inbox and its navigation, the task names in the inbox and the task
 * header, and the propose form's validation messages ({@code ValidationMessages_ja}); a browser
 * asking for English still gets English.
 * Screenshots: {@code target/screenshots/japanese-*.png} (needs a CJK font, see STACK.md).
 */
@CityCoopTest
class JapaneseScreensTest {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired ProjectCommentService comments;

    @Test
    void aJapaneseBrowserGetsJapaneseAndAnEnglishOneEnglish() throws IOException {
        Properties japanese = read("src/main/resources/vaadin-i18n/translations_ja.properties");
        Properties validation = read("src/main/resources/ValidationMessages_ja.properties");
        String token = "ja" + UUID.randomUUID().toString().substring(0, 6);
        Project proposed = projects.propose(TestProposals.of("Composting " + token, "SBY"), users.get("yokohama.officer"));
        String screeningTask = process.taskWithKey(proposed, ProjectProcess.TASK_SCREEN_PROPOSAL).getId();
        String screening = japanese.getProperty("task.name." + ProjectProcess.TASK_SCREEN_PROPOSAL);
        int projectsBefore = projects.visibleTo(users.get("yokohama.officer")).size();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("japanese", () -> {
                Page officer = browser.newPage(1280, 800, "ja-JP");
                officer.navigate(browser.url("login"));
                officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).waitFor();
                assertThat(officer.locator("p").filter(new Locator.FilterOptions().setHasText(japanese.getProperty("login.tagline"))).count())
                        .as("tagline %s", japanese.getProperty("login.tagline")).isEqualTo(1);
                shoot(officer, "japanese-01-login.png");
                browser.signInInJapanese(officer, "yokohama.officer");
                assertThat(officer.locator("vaadin-side-nav-item").allInnerTexts())
                        .contains("タスク一覧", "案件", "案件を提案する");
                assertThat(officer.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("ログアウト")).count()).isEqualTo(1);
                shoot(officer, "japanese-02-inbox.png");

                // bean validation answers in the screen's language, from ValidationMessages_ja
                officer.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("案件を提案する")).click();
                heading(officer, japanese.getProperty("project.propose.title")).waitFor();
                settle(officer);
                click(officer, japanese.getProperty("project.propose.submit"));
                errorOf(field(officer, "vaadin-text-field", japanese.getProperty("project.field.title")),
                        validation.getProperty("project.title.required"));
                shoot(officer, "japanese-03-propose-title-missing.png");

                // the manager's inbox and the task screen name the task in Japanese, not as the model does
                Page manager = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(manager, "yokohama.manager");
                Locator search = field(manager, "vaadin-text-field", japanese.getProperty("inbox.filter.search")).locator("input");
                search.fill(token);
                search.press("Tab");
                settle(manager);
                manager.locator("vaadin-grid a").filter(new Locator.FilterOptions().setHasText(screening)).first().waitFor();
                shoot(manager, "japanese-04-manager-inbox.png");
                browser.openTask(manager, ProjectProcess.FORM_SCREEN_PROPOSAL, screeningTask);
                heading(manager, screening).waitFor();
                shoot(manager, "japanese-05-screening-task.png");

                Page english = browser.newPage(1280, 800);
                english.navigate(browser.url("login"));
                english.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).waitFor();
                assertThat(english.locator("p").filter(new Locator.FilterOptions().setHasText("City-to-city environmental cooperation")).count())
                        .isEqualTo(1);
            });
        }
        assertThat(projects.visibleTo(users.get("yokohama.officer"))).as("the refused proposal stored nothing").hasSize(projectsBefore);
    }

    /**
     * The server's own refusal reaches a Japanese user in Japanese, under the field it names; the
     * project's timeline names the completed task, and the task a comment was on, in Japanese (DD030), and
     * words its audit details in Japanese (DD035).
     */
    @Test
    void aJapaneseUserReadsTheServersProblemsAndTheTimelineInJapanese() throws IOException {
        Properties japanese = read("src/main/resources/vaadin-i18n/translations_ja.properties");
        String token = "ja" + UUID.randomUUID().toString().substring(0, 6);
        Project proposed = projects.propose(TestProposals.of("Sorting " + token, "SBY"), users.get("yokohama.officer"));
        String screeningTask = process.taskWithKey(proposed, ProjectProcess.TASK_SCREEN_PROPOSAL).getId();
        comments.commentOnTask(screeningTask, "Budget looks fine.", users.get("yokohama.manager"));
        comments.comment(proposed.code(), "Please add the partner's letter, @yokohama.officer", users.get("yokohama.manager"));
        String screening = japanese.getProperty("task.name." + ProjectProcess.TASK_SCREEN_PROPOSAL);
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("japanese-server", () -> {
                Page manager = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(manager, "yokohama.manager");
                browser.openTask(manager, ProjectProcess.FORM_SCREEN_PROPOSAL, screeningTask);
                heading(manager, screening).waitFor();
                settle(manager);
                // only the server checks that returning needs a comment: its problem, in Japanese, under the comment
                click(manager, japanese.getProperty("screening.return"));
                errorOf(field(manager, "vaadin-text-area", japanese.getProperty("screening.comment")),
                        japanese.getProperty("project.problem.screening.comment"));
                shootLaptopAndPhone(manager, "japanese-06-server-problem");

                click(manager, japanese.getProperty("screening.approve"));
                settle(manager);
                manager.navigate(browser.url("projects/" + proposed.code()));
                settle(manager);
                String timeline = manager.locator(".project-timeline").textContent();
                assertThat(timeline).contains("yokohama.managerさんがタスク「" + screening + "」を完了しました", ": " + screening)
                        .doesNotContain("Screen project proposal");
                // an audit detail recorded in words is worded in Japanese (DD035)
                assertThat(timeline).contains("メンション：yokohama.officer").doesNotContain("Mentions");
                // the comment made on the task is labelled with the task's Japanese name (V28: the comment keeps its key)
                assertThat(manager.locator(".comment-task").first().textContent()).isEqualTo("タスク「" + screening + "」へのコメント");
                manager.locator(".project-timeline").scrollIntoViewIfNeeded();
                shootLaptopAndPhone(manager, "japanese-07-timeline", manager.locator(".project-timeline"));
            });
        }
    }

    /** The indicator library is listed by the Japanese names in the Japanese collation, not by the English ones (DD035). */
    @Test
    void theIndicatorLibraryFollowsTheJapaneseNames() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("japanese-indicators", () -> {
                Page admin = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(admin, "admin");
                admin.navigate(browser.url("admin/indicators"));
                settle(admin);
                List<String> waste = Grids.allCellTexts(admin).stream()
                        .filter(List.of("ごみ収集カバー率", "リサイクル率", "堆肥化量", "埋立処分量")::contains).toList();
                assertThat(waste).containsExactly("ごみ収集カバー率", "リサイクル率", "堆肥化量", "埋立処分量");
                shootLaptopAndPhone(admin, "japanese-08-indicator-library");
            });
        }
    }

    private static Properties read(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}

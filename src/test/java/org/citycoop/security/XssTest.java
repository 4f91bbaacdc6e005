package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectService;
import org.citycoop.workflow.WorkTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, attack 8: markup typed as a project title, a comment or a file name is text on every
 * screen that shows it (project list, project page with its documents and timeline, inbox, task
 * screen, mentions, partner portal, dashboard) and is escaped in the CSV and IATI exports. A
 * browser that ran it would open an alert: the test fails on any dialog, and on any element with
 * an {@code onerror} attribute. Cockpit never sees the text: the engine holds the project's code.
 */
@CityCoopTest
class XssTest {

    private static final String MARKUP = "<img src=x onerror=alert(%d)>";

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired ProjectCommentService comments;
    @Autowired ProjectDocumentService documents;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TestUsers users;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String title = MARKUP.formatted(1) + " Sludge " + run;
    private final String comment = MARKUP.formatted(2) + " see this, @kitakyushu.manager " + run;
    private final String fileName = MARKUP.formatted(3) + ".png";

    @Test
    void markupInATitleACommentAndAFileNameShowsAsTextEverywhere() {
        Project project = projects.propose(TestProposals.of(title, "SBY"), users.get("kitakyushu.officer"));
        comments.comment(project.code(), comment, users.get("kitakyushu.officer"));
        documents.upload(project.code(), fileName, TestFiles.png(), users.get("kitakyushu.officer"));
        WorkTask screening = projects.openTasks(project.code(), users.get("kitakyushu.manager")).get(0);

        List<String> alerts = new ArrayList<>();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("xss", () -> {
                Page officer = watched(browser.signedIn("kitakyushu.officer"), alerts);
                showsAsText(officer, browser.url("projects"), title);
                showsAsText(officer, browser.url("projects/" + project.code()), title, comment, fileName);
                assertThat(officer.locator(".project-timeline").textContent()).contains(fileName);
                shootLaptopAndPhone(officer, "xss-01-project-page");

                Page manager = watched(browser.signedIn("kitakyushu.manager"), alerts);
                showsAsText(manager, browser.url("?project=" + project.code()), title);
                shootLaptopAndPhone(manager, "xss-02-inbox");
                showsAsText(manager, browser.url(screening.route()), title);
                showsAsText(manager, browser.url("mentions"), comment);
                showsAsText(manager, browser.url("dashboard"));

                Page partner = watched(browser.signedIn("surabaya.partner"), alerts);
                showsAsText(partner, browser.url("partner"), title);
                shootLaptopAndPhone(partner, "xss-03-partner-portal");
            });
        }
        assertThat(alerts).as("alerts the markup opened").isEmpty();
    }

    @Test
    void theExportsEscapeTheMarkupAndTheEngineNeverHoldsIt() {
        Project project = projects.propose(TestProposals.of(title, "SBY"), users.get("kitakyushu.officer"));
        WebClient officer = WebClient.basic(port, "kitakyushu.officer", "demo");

        String iati = officer.get("/api/projects/" + project.code() + "/iati").body();
        assertThat(iati).contains("&lt;img src=x onerror=alert(1)&gt; Sludge " + run).doesNotContain("<img");
        HttpResponse<String> csv = officer.get("/api/projects.csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(csv.body()).as("CSV is data for a spreadsheet, never a page: the title as it is").contains(title);

        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).singleResult().getId();
        assertThat(runtime.getVariables(instance)).as("what Cockpit shows of the instance")
                .doesNotContainValue(title).allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain("onerror"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .allSatisfy(variable -> assertThat(String.valueOf(variable.getValue())).doesNotContain("onerror"));
        String overRest = WebClient.basic(port, "admin", "demo").get("/engine-rest/process-instance/" + instance).body();
        assertThat(overRest).contains(project.code()).doesNotContain("onerror");
    }

    /** Any dialog the page opens is recorded and closed: the markup ran. */
    private static Page watched(Page page, List<String> alerts) {
        page.onDialog(dialog -> {
            alerts.add(page.url() + ": " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /** Opens the address: each text is in the page as text, and no element carries an event handler from it. */
    private static void showsAsText(Page page, String url, String... texts) {
        page.navigate(url);
        settle(page);
        for (String text : texts) {
            assertThat(page.getByText(text).count()).as(url + " shows " + text).isPositive();
        }
        assertThat(page.locator("[onerror]").count()).as(url + ": elements with onerror").isZero();
        // give a broken picture time to fire its handler, were there one
        page.waitForTimeout(300);
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project page in Debian's Chromium: a manager of the lead suspends an approved project
 * (a reason is required), its open work pauses and shows the reason, and the manager resumes it;
 * an officer of the lead sees the project without those controls; a manager of another city is
 * sent away without learning anything. Screenshots: {@code target/screenshots/project-*.png}.
 */
@CityCoopTest
class ProjectPageScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired WorkflowService workflow;
    @Autowired RuntimeService runtime;
    @Autowired TestUsers users;

    @Test
    void theLeadsManagerSuspendsAndResumesAnApprovedProject() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("project", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Page " + UUID.randomUUID(), "SBY"), officer);
        projects.screen(workflow.openTasksOf(project.code(), Actor.of(users.get("kitakyushu.manager"))).get(0).id(),
                ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));

        Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
        manager.navigate(browser.url("projects/" + project.code()));
        settle(manager);
        assertThat(manager.locator(".project-summary").textContent()).contains(project.code(), "Pipeline");
        assertThat(manager.locator(".project-mou").textContent()).contains("Not yet confirmed by the partner city");
        assertThat(manager.locator(".project-timeline").textContent())
                .contains("kitakyushu.officer proposed the project", "kitakyushu.manager completed the task \"Screen project proposal\"");
        shootLaptopAndPhone(manager, "project-00-page", manager.locator(".project-timeline"));

        manager.locator("vaadin-button:has-text('Suspend project')").click();
        // the application's dialog by its title: in dev mode Copilot keeps dialog overlays of its own in the page
        Locator dialog = manager.locator("vaadin-dialog-overlay[aria-label=\"Suspend " + project.code() + "\"]");
        dialog.locator("vaadin-button:has-text('Suspend project')").click();
        settle(manager);
        errorOf(field(dialog, "vaadin-text-area", "Reason (e.g. change of mayor, council priorities)"), "Reason: this is required");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).suspended().count()).isZero();

        field(dialog, "vaadin-text-area", "Reason (e.g. change of mayor, council priorities)").locator("textarea")
                .fill("New mayor: the council reviews all overseas projects until March.");
        dialog.locator("vaadin-button:has-text('Suspend project')").click();
        notification(manager, "Project " + project.code() + " suspended");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        settle(manager);
        assertThat(manager.locator(".project-summary").textContent()).contains("Suspended");
        assertThat(manager.locator("body").textContent())
                .contains("New mayor: the council reviews all overseas projects until March.");
        shootLaptopAndPhone(manager, "project-01-suspended", manager.locator("vaadin-button:has-text('Resume project')"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).active().count()).isZero();

        manager.locator("vaadin-button:has-text('Resume project')").click();
        notification(manager, "Project " + project.code() + " resumed");
        settle(manager);
        assertThat(manager.locator(".project-summary").textContent()).contains("Pipeline");
        assertThat(workflow.isActive(project.code())).isTrue();

        Page officerPage = browser.signedIn("kitakyushu.officer", 1280, 800);
        officerPage.navigate(browser.url("projects/" + project.code()));
        settle(officerPage);
        assertThat(officerPage.locator(".project-summary").textContent()).contains(project.code());
        assertThat(officerPage.locator("vaadin-button:has-text('Suspend project')").count()).isZero();
        documents(officerPage);
        comment(officerPage);

        // after approval the partner city confirms the agreement: its coordinator sees that task, not yet claimed
        CityCoopUser partner = users.get("surabaya.partner");
        String partnersTask = workflow.openTasksOf(project.code(), Actor.of(partner)).get(0).name();
        Page partnerPage = browser.signedIn("surabaya.partner", 1280, 800);
        partnerPage.navigate(browser.url("projects/" + project.code()));
        settle(partnerPage);
        assertThat(partnerPage.locator(".project-tasks").textContent()).contains(partnersTask, "Not yet claimed");
        assertThat(partnerPage.locator(".project-timeline").textContent()).contains("completed the task \"Screen project proposal\"");

        Page stranger = browser.signedIn("yokohama.manager", 1280, 800);
        stranger.navigate(browser.url("projects/" + project.code()));
        notification(stranger, "This project is not available");
        assertThat(stranger.locator("body").textContent()).doesNotContain(project.title());
    }

    /** A refused file, a new document, then a new version of it, and the download as an attachment. */
    private void documents(Page page) {
        Locator section = page.locator(".project-documents");
        assertThat(section.textContent()).contains("No documents yet.");
        upload(page, "notes.pdf", "#!/bin/sh\necho this is no pdf\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(section.textContent()).contains("the content of this file is not one of those");
        shootLaptopAndPhone(page, "project-02-document-refused", section);

        upload(page, "site-plan.pdf", TestFiles.pdf("plan v1"));
        notification(page, "site-plan.pdf stored as version 1.");
        settle(page);
        choose(field(page, "vaadin-select", "Upload as"), "New version of site-plan.pdf (now version 1)");
        upload(page, "site-plan-rev.pdf", TestFiles.pdf("plan v2"));
        notification(page, "site-plan-rev.pdf stored as version 2.");
        settle(page);
        Locator link = section.locator("a:has-text('site-plan-rev.pdf')");
        assertThat(section.locator("li").count()).isEqualTo(1);
        assertThat(section.locator("li").textContent()).contains("Version 2 · kitakyushu.officer");
        shootLaptopAndPhone(page, "project-03-document-version", section);

        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo("site-plan-rev.pdf");
        APIResponse response = page.request().get(link.evaluate("a => a.href").toString());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("content-type", "application/pdf")
                .containsEntry("x-content-type-options", "nosniff");
        assertThat(response.headers().get("content-disposition")).startsWith("attachment").contains("site-plan-rev.pdf");
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).contains("plan v2");
    }

    private static void upload(Page page, String name, byte[] content) {
        Locator refused = page.locator(".project-documents vaadin-upload-file");
        if (refused.count() > 0) {
            // the refused file is still chosen: take it away first, as a user would
            refused.locator("[part=remove-button]").click();
        }
        page.locator(".project-documents vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "application/pdf", content));
        page.locator(".project-documents vaadin-upload-file[complete]").waitFor();
        page.locator(".project-documents vaadin-button:has-text('Upload document')").click();
        settle(page);
    }

    /** A mention of a stranger is refused on the field; a mention of the partner is stored and highlighted. */
    private void comment(Page page) {
        Locator text = field(page, "vaadin-text-area", "Comment");
        text.locator("textarea").fill("@yokohama.officer can you help?");
        page.locator(".project-comments vaadin-button:has-text('Add comment')").click();
        settle(page);
        errorOf(text, "@yokohama.officer is not a colleague of an organisation taking part in this project");

        text.locator("textarea").fill("@surabaya.partner the revised site plan is up, please check it.");
        page.locator(".project-comments vaadin-button:has-text('Add comment')").click();
        notification(page, "Comment added.");
        settle(page);
        Locator section = page.locator(".project-comments");
        assertThat(section.locator("li").textContent()).contains("@surabaya.partner the revised site plan is up",
                "kitakyushu.officer");
        assertThat(section.locator(".mention").textContent()).isEqualTo("@surabaya.partner");
        shootLaptopAndPhone(page, "project-04-comment", section);
    }
}

package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partner's documents in the portal, on a phone and a laptop in Debian's Chromium: the Kuala
 * Lumpur coordinator finds the MoU Kitakyushu uploaded as a large card, downloads it as an attachment,
 * has a shell script refused on the file field, and uploads a progress report to the project.
 * Screenshots: {@code target/screenshots/partner-documents-*.png}.
 */
@CityCoopTest
class PartnerDocumentsScreensTest {

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired ProjectDocumentService documents;
    @Autowired TestUsers users;

    @Test
    void aPartnerDownloadsTheirCitysDocumentAndUploadsAReportFromThePhone() {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("partner-documents", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String title = "KL documents " + UUID.randomUUID().toString().substring(0, 8);
        Project project = projects.propose(TestProposals.of(title, "KUL"), users.get("kitakyushu.officer"));
        documents.upload(project.code(), "mou-signed.pdf", TestFiles.pdf("MoU Kuala Lumpur"), users.get("kitakyushu.officer"));

        Page partner = browser.signedIn("kualalumpur.partner", 390, 844);
        Locator section = partner.locator(".partner-documents");
        Locator mou = section.locator("a.partner-card").filter(new Locator.FilterOptions().setHasText("mou-signed.pdf"));
        assertThat(mou.textContent()).contains("Version 1 · kitakyushu.officer");
        assertThat(section.textContent()).contains(project.code() + " · " + title);
        // a touch target a thumb hits: at least 48 px high and nearly the width of the phone
        assertThat(mou.boundingBox().height).isGreaterThanOrEqualTo(48);
        assertThat(mou.boundingBox().width).isGreaterThan(300);

        Download download = partner.waitForDownload(mou::click);
        assertThat(download.suggestedFilename()).isEqualTo("mou-signed.pdf");
        APIResponse response = partner.request().get(mou.evaluate("a => a.href").toString());
        assertThat(response.headers()).containsEntry("content-type", "application/pdf")
                .containsEntry("x-content-type-options", "nosniff");
        assertThat(response.headers().get("content-disposition")).startsWith("attachment");

        choose(field(partner, "vaadin-select", "Project"), project.code());
        upload(partner, "report.pdf", "#!/bin/sh\necho no pdf\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(section.textContent()).contains("the content of this file is not one of those");
        assertThat(section.locator("a.partner-card").filter(new Locator.FilterOptions().setHasText("report.pdf")).count()).isZero();

        section.locator("vaadin-upload-file [part=remove-button]").click();
        upload(partner, "progress-report.pdf", TestFiles.pdf("progress"));
        notification(partner, "progress-report.pdf uploaded to " + project.code() + ".");
        Locator report = section.locator("a.partner-card").filter(new Locator.FilterOptions().setHasText("progress-report.pdf"));
        assertThat(report.textContent()).contains("kualalumpur.partner");
        assertThat(documents.documentsOf(project.code(), users.get("kitakyushu.officer"))).extracting("fileName")
                .contains("progress-report.pdf", "mou-signed.pdf");

        partner.setViewportSize(1280, 800);
        settle(partner);
        section.locator("h3").scrollIntoViewIfNeeded();
        shootLaptopAndPhone(partner, "partner-documents-00", section.locator("h3"));
    }

    private static void upload(Page page, String name, byte[] content) {
        page.locator(".partner-documents vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "application/pdf", content));
        page.locator(".partner-documents vaadin-upload-file[complete]").waitFor();
        page.locator(".partner-documents vaadin-button:has-text('Upload document')").click();
        settle(page);
    }
}

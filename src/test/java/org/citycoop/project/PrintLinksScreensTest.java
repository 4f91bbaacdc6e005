package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium: the project page's MoU card has a link that prints the agreement summary,
 * and the file it gives is the PDF of this project. Screenshot: {@code target/screenshots/print-*.png}.
 */
@CityCoopTest
class PrintLinksScreensTest {

    @LocalServerPort
    int port;

    @Autowired AgreedProjects agreed;

    @Test
    void theOfficerPrintsTheAgreementSummaryFromTheProjectPage() {
        Project project = agreed.confirmed(TestProposals.of("Printing " + UUID.randomUUID(), "SBY"),
                "Mayor of Kitakyushu", "Mayor of Surabaya", "surabaya.partner");
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.run("print", () -> {
                Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);
                officer.navigate(browser.url("projects/" + project.code()));
                settle(officer);
                Locator section = officer.locator(".project-mou");
                Locator link = section.locator("a:has-text('Print the agreement summary (PDF)')");
                shootLaptopAndPhone(officer, "print-00-agreement-link", section);

                Download download = officer.waitForDownload(link::click);
                APIResponse response = officer.request().get(link.evaluate("a => a.href").toString());

                assertThat(download.suggestedFilename()).isEqualTo(project.code() + "-agreement.pdf");
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.headers()).containsEntry("content-type", "application/pdf");
                assertThat(textOf(response.body())).contains("Summary of the cooperation agreement", project.code(), project.title(),
                        "Mayor of Surabaya");
            });
        }
    }

    private static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException unreadable) {
            throw new AssertionError("The download is no readable PDF", unreadable);
        }
    }
}

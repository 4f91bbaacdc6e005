package org.citycoop.peerlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestUsers;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Editing peer-learning records in Debian's Chromium: the lead's officer publishes a practice from a
 * closed project, finds it, edits it and unpublishes it, while another officer may not edit it; an
 * administrator creates a programme and corrects a dialogue meeting; and the marketplace request and
 * practice pages in Japanese. Screenshots: {@code target/screenshots/peer-edit-*.png}, 1280×800 and 390×844.
 */
@CityCoopTest
class PracticeLifecycleScreensTest {

    @LocalServerPort
    int port;

    @Autowired PeerLearningFixtures fixtures;
    @Autowired ProjectDocumentService documents;
    @Autowired GoodPracticeService practices;
    @Autowired DialogueService dialogues;
    @Autowired CooperationRequestService requests;
    @Autowired TestUsers users;

    @Test
    void theLeadsOfficerPublishesAPracticeFindsItEditsItAndUnpublishesIt() {
        Project project = fixtures.reported("2", "10", "12", "15");
        documents.upload(project.code(), "windrow-manual.pdf", TestFiles.pdf("Windrow composting"), users.get("kitakyushu.officer"));
        fixtures.close(project);
        String word = PeerLearningFixtures.uniqueCode("Windrow");
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-edit-practice", () -> {
                Page officer = browser.signedIn("kitakyushu.officer");
                officer.navigate(browser.url("practices/publish"));
                heading(officer, "Publish a good practice").waitFor();
                // the select shows the chosen item twice (as its value and in the list): pick the option
                field(officer, "vaadin-select", "Project").click();
                officer.locator("vaadin-select-item[role='option']:visible").filter(new Locator.FilterOptions()
                        .setHasText(project.code())).click();
                settle(officer);
                fill(officer, "vaadin-text-field", "Title", word + " market composting");
                fillArea(officer, "Summary in English", "Market waste is composted in windrows run by the cleansing office.");
                officer.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("windrow-manual.pdf")).click();
                settle(officer);
                shootLaptopAndPhone(officer, "peer-edit-publish");
                click(officer, "Publish a good practice");
                heading(officer, word + " market composting").waitFor();
                officer.getByText("windrow-manual.pdf").waitFor();

                officer.navigate(browser.url("practices"));
                fill(officer, "vaadin-text-field", "Search", word);
                Locator cards = officer.locator(".practice-card");
                // the list shows every practice until the search reaches the server: wait for it to narrow
                officer.waitForFunction("() => document.querySelectorAll('.practice-card').length === 1");
                assertThat(cards.first().innerText()).contains(word + " market composting");
                shootLaptopAndPhone(officer, "peer-edit-found");
                cards.first().getByText("Read the practice").click();
                officer.getByText("Edit or unpublish this practice").click();
                heading(officer, "Edit the good practice").waitFor();
                long practiceId = Long.parseLong(officer.url().replaceAll(".*/practices/(\\d+)/edit.*", "$1"));

                fill(officer, "vaadin-text-field", "Title", " ");
                click(officer, "Save changes");
                errorOf(field(officer, "vaadin-text-field", "Title"), "enter a title");
                shootLaptopAndPhone(officer, "peer-edit-practice-refused");
                fill(officer, "vaadin-text-field", "Title", word + " windrow composting with market vendors");
                fillArea(officer, "Summary in Japanese", "市場の生ごみを清掃事務所が切り返し堆肥化しています。");
                click(officer, "Save changes");
                notification(officer, "saved");
                heading(officer, word + " windrow composting with market vendors").waitFor();
                assertThat(officer.locator(".practice-summary").innerText()).contains("市場の生ごみを");
                shootLaptopAndPhone(officer, "peer-edit-practice-edited");

                Page other = browser.signedIn("yokohama.officer");
                other.navigate(browser.url("practices/" + practiceId));
                heading(other, word + " windrow composting with market vendors").waitFor();
                assertThat(other.getByText("Edit or unpublish this practice").count()).isZero();
                other.navigate(browser.url("practices/" + practiceId + "/edit"));
                notification(other, "This good practice or document is not available.");
                assertThat(heading(other, "Edit the good practice").count()).isZero();

                officer.navigate(browser.url("practices/" + practiceId + "/edit"));
                heading(officer, "Edit the good practice").waitFor();
                click(officer, "Unpublish");
                notification(officer, "unpublished");
                heading(officer, "Good practices").waitFor();
                fill(officer, "vaadin-text-field", "Search", word);
                officer.getByText("No good practice matches the search.").waitFor();
                assertThat(officer.locator(".practice-card").count()).isZero();
                shootLaptopAndPhone(officer, "peer-edit-practice-unpublished");
            });
        }
    }

    @Test
    void anAdministratorCreatesAProgrammeAndCorrectsADialogueMeeting() {
        String programme = PeerLearningFixtures.uniqueCode("P");
        String dialogue = PeerLearningFixtures.uniqueCode("EDIT_");
        dialogues.saveDialogue(dialogue, "Edit-test dialogue " + dialogue, null, users.get("admin"));
        dialogues.recordMeeting(new MeetingRecord(dialogue, 1, LocalDate.of(2025, 10, 9), "Hanoi", "VN", List.of("KIT"), null,
                "Agreed to exchange trainers.", List.of(), List.of()), users.get("admin"));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-edit-admin", () -> {
                Page admin = browser.signedIn("admin");
                admin.navigate(browser.url("programmes"));
                admin.getByText("New programme").click();
                heading(admin, "New programme").waitFor();
                fill(admin, "vaadin-text-field", "Code", programme);
                fill(admin, "vaadin-text-field", "Name in English", "Low-carbon model cities");
                click(admin, "Save programme");
                errorOf(field(admin, "vaadin-multi-select-combo-box", "Common indicators"), "at least one common indicator");
                shootLaptopAndPhone(admin, "peer-edit-programme-refused");
                Locator indicators = field(admin, "vaadin-multi-select-combo-box", "Common indicators").locator("input");
                indicators.click();
                indicators.fill("Recycling");
                admin.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions()
                        .setHasText("Recycling rate")).first().click();
                indicators.press("Escape");
                settle(admin);
                click(admin, "Save programme");
                notification(admin, "Programme " + programme + " saved.");
                admin.locator("h2:has-text('Low-carbon model cities')").waitFor();
                admin.getByText("Edit programme").click();
                heading(admin, "Edit programme").waitFor();
                assertThat(field(admin, "vaadin-text-field", "Name in English").locator("input").inputValue()).isEqualTo("Low-carbon model cities");
                shootLaptopAndPhone(admin, "peer-edit-programme");

                admin.navigate(browser.url("dialogues/" + dialogue));
                Locator meeting = admin.locator(".dialogue-meeting").first();
                meeting.getByText("Agreed to exchange trainers.").waitFor();
                meeting.locator("vaadin-button:has-text('Edit this meeting')").click();
                settle(admin);
                admin.locator("h3:text-is('Edit a meeting')").waitFor();
                fill(admin, "vaadin-text-field", "Venue city", "Ha Noi");
                fillArea(admin, "Outline of outcomes", "Agreed to exchange composting trainers in 2026.");
                shootLaptopAndPhone(admin, "peer-edit-meeting", admin.locator(".meeting-form"));
                click(admin, "Save meeting");
                notification(admin, "Meeting no. 1 saved.");
                meeting = admin.locator(".dialogue-meeting").first();
                meeting.getByText("Agreed to exchange composting trainers in 2026.").waitFor();
                assertThat(meeting.locator("h3").innerText()).contains("Ha Noi, Viet Nam");
                assertThat(admin.locator(".dialogue-meeting").count()).isOne();
                admin.locator("h3:text-is('Record a meeting')").waitFor();
            });
        }
    }

    @Test
    void theRequestAndPracticePagesReadInJapanese() {
        long request = requests.search(null, null, users.get("kitakyushu.officer")).get(0).id();
        long practice = practices.search(new PracticeSearch("takakura", null, null), users.get("kitakyushu.officer")).stream()
                .filter(found -> found.title().equals("Takakura home composting with community cadres")).findFirst().orElseThrow().id();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-edit-ja", () -> {
                Page officer = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(officer, "kitakyushu.officer");
                officer.navigate(browser.url("marketplace/requests/" + request));
                officer.locator("h2").first().waitFor();
                settle(officer);
                shootLaptopAndPhone(officer, "peer-ja-request");
                officer.navigate(browser.url("practices/" + practice));
                heading(officer, "Takakura home composting with community cadres").waitFor();
                assertThat(officer.locator(".practice-summary").innerText()).contains("堆肥化");
                officer.getByText("このグッドプラクティスを編集・公開取り下げ").waitFor();
                shootLaptopAndPhone(officer, "peer-ja-practice");
            });
        }
    }
}

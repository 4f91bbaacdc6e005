package org.citycoop.peerlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.chooseInComboBox;
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
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The peer-learning screens in Debian's Chromium, on the demo's records: an administrator records a
 * dialogue meeting and the timeline shows it; an officer reads the Japan-ASEAN timeline; a member
 * compares the model cities while an outsider reads only what the programme publishes; anyone finds
 * a good practice. Screenshots: {@code target/screenshots/peer-*.png}, 1280×800 and 390×844.
 */
@CityCoopTest
class PeerLearningScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    DialogueService dialogues;

    @Autowired
    TestUsers users;

    @Test
    void anAdministratorRecordsADialogueMeetingAndEveryoneReadsTheTimeline() {
        String code = PeerLearningFixtures.uniqueCode("SCREEN_");
        dialogues.saveDialogue(code, "Screen-test dialogue " + code, null, users.get("admin"));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-dialogue", () -> {
                Page admin = browser.signedIn("admin");
                admin.navigate(browser.url("dialogues"));
                heading(admin, "Regional dialogues").waitFor();
                choose(field(admin, "vaadin-select", "Dialogue"), "Screen-test dialogue " + code);
                admin.getByText("No meeting of this dialogue is recorded yet.").waitFor();

                fill(admin, "vaadin-integer-field", "Meeting number", "3");
                BrowserSession.typeDate(admin, "Date held", "10/9/2025");
                fill(admin, "vaadin-text-field", "Venue city", "Hanoi");
                chooseInComboBox(admin, "Venue country", "Viet", "Viet Nam");
                Locator organisations = field(admin, "vaadin-multi-select-combo-box", "Participating organisations").locator("input");
                organisations.click();
                organisations.fill("Kitakyushu");
                admin.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions()
                        .setHasText("City of Kitakyushu")).first().click();
                organisations.press("Escape");
                settle(admin);
                click(admin, "Record meeting");
                errorOf(field(admin, "vaadin-text-area", "Outline of outcomes"), "write an outline");
                shootLaptopAndPhone(admin, "peer-meeting-refused");

                fillArea(admin, "Outline of outcomes", "Agreed to exchange composting trainers between the cities.");
                click(admin, "Record meeting");
                notification(admin, "Meeting no. 3 recorded.");
                Locator meeting = admin.locator(".dialogue-meeting").first();
                meeting.getByText("Agreed to exchange composting trainers between the cities.").waitFor();
                assertThat(meeting.locator("h3").innerText()).contains("Meeting no. 3").contains("Hanoi, Viet Nam");
                assertThat(meeting.innerText()).contains("City of Kitakyushu");
                shootLaptopAndPhone(admin, "peer-meeting-recorded", meeting);

                Page officer = browser.signedIn("kitakyushu.officer");
                officer.navigate(browser.url("dialogues/JAPAN_ASEAN_ENVIRONMENT"));
                Locator meetings = officer.locator(".dialogue-meeting");
                meetings.first().getByText("Reviewed the model cities' progress", new Locator.GetByTextOptions()).waitFor();
                assertThat(meetings.allInnerTexts()).hasSize(2);
                assertThat(meetings.nth(0).locator("h3").innerText()).contains("Meeting no. 2");
                assertThat(meetings.nth(1).locator("h3").innerText()).contains("Meeting no. 1").contains("Bali");
                // Kitakyushu sees its own project discussed, and only that another one was
                assertThat(meetings.nth(0).innerText()).contains("Model city: household composting in Surabaya")
                        .doesNotContain("separate collection and recycling in Kuala Lumpur")
                        .contains("and 1 project your organisation does not take part in");
                assertThat(officer.locator("vaadin-button:has-text('Record meeting')").count()).isZero();
                shootLaptopAndPhone(officer, "peer-timeline");
            });
        }
    }

    @Test
    void aMemberComparesTheModelCitiesAndAnOutsiderReadsOnlyWhatTheProgrammePublishes() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-programme", () -> {
                Page officer = browser.signedIn("kitakyushu.officer");
                officer.navigate(browser.url("programmes"));
                officer.getByText("Open the programme and its comparison").first().click();
                heading(officer, "ASEAN model cities programme (JAIF) (ASEANモデル都市プログラム（JAIF）)").waitFor();
                Locator recycling = officer.locator(".programme-indicator").filter(new Locator.FilterOptions()
                        .setHasText("Recycling rate (%)"));
                Locator rows = recycling.locator("vaadin-grid-cell-content");
                rows.filter(new Locator.FilterOptions().setHasText("23.5 %")).first().waitFor();
                String table = String.join("|", rows.allInnerTexts());
                // best first: Kuala Lumpur's 23.5 % before Surabaya's 17 %; Yokohama's project is not named to Kitakyushu
                assertThat(table.indexOf("Kuala Lumpur")).isLessThan(table.indexOf("Surabaya"));
                assertThat(table).contains("Another organisation's project").contains("Target reached").contains("Better than baseline");
                shootLaptopAndPhone(officer, "peer-programme", recycling);

                Page outsider = browser.signedIn("kawasaki.officer");
                outsider.navigate(browser.url("programmes/" + "ASEAN_MODEL_CITIES"));
                outsider.getByText("Figures for programme members").waitFor();
                assertThat(outsider.locator(".programme-indicator").count()).isZero();
                assertThat(outsider.locator("body").innerText()).doesNotContain("23.5");
                shootLaptopAndPhone(outsider, "peer-programme-outsider");
            });
        }
    }

    @Test
    void anyoneSignedInFindsAGoodPracticeAndReadsIt() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("peer-practice", () -> {
                Page partner = browser.signedIn("dalian.partner");
                partner.navigate(browser.url("practices"));
                heading(partner, "Good practices").waitFor();
                fill(partner, "vaadin-text-field", "Search", "takakura");
                Locator card = partner.locator(".practice-card");
                card.first().getByText("Takakura home composting with community cadres").waitFor();
                assertThat(card.count()).isOne();
                shootLaptopAndPhone(partner, "peer-practices");
                card.first().getByText("Read the practice").click();
                heading(partner, "Takakura home composting with community cadres").waitFor();
                partner.getByText("takakura-composting-manual.pdf").waitFor();
                assertThat(partner.locator(".practice-indicators").innerText()).contains("Organic waste composted").contains("11.5 t/day");
                shootLaptopAndPhone(partner, "peer-practice");
            });
        }
    }
}

package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.Grids;
import org.citycoop.TestUsers;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.marketplace.RequestStatus;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectParticipantService;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The marketplace journey (issue 10) in Chromium: Surabaya's coordinator submits a request (first
 * told what is missing), Kitakyushu's officer finds it among the requests that fit her city's offer,
 * answers it and turns it into a proposal, and her manager screens the proposal from the inbox; the
 * administrator's page of the country's framework last.
 */
@CityCoopTest
class MarketplaceJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    CooperationRequestService requests;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectParticipantService participants;

    @Autowired
    TestUsers users;

    @Test
    void partnerRequestsOfficerFindsAnswersAndProposesManagerScreens() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("marketplace", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String title = "Composting of market waste " + UUID.randomUUID().toString().substring(0, 8);

        // (a) the partner submits a request; a missing problem is named first
        Page partner = browser.signedIn("surabaya.partner", 1280, 800);
        partner.navigate(browser.url("marketplace/requests"));
        heading(partner, "Cooperation requests").waitFor();
        click(partner, "Submit a request");
        heading(partner, "Submit a cooperation request").waitFor();
        fill(partner, "vaadin-text-field", "Title", title);
        chooseInComboBox(partner, "Theme", "Solid waste", "Solid waste management");
        chooseInComboBox(partner, "City", "Surabaya", "Surabaya");
        fillArea(partner, "Expected outcomes", "Ten markets separate organic waste; community composting takes half of it.");
        field(partner, "vaadin-checkbox-group", "Preferred forms of cooperation").locator("vaadin-checkbox:has-text('Training in Japan')").click();
        typeDate(partner, "From (month)", "4/1/2027");
        typeDate(partner, "To (month)", "3/1/2029");
        fill(partner, "vaadin-text-field", "Languages", "id, en");
        click(partner, "Submit the request");
        errorOf(field(partner, "vaadin-text-area", "Problem and need"), "Problem and need");
        shootLaptopAndPhone(partner, "01-partner-request-problem-missing");
        fillArea(partner, "Problem and need", "Market waste goes unsorted to the landfill; we need source separation and composting.");
        click(partner, "Submit the request");
        heading(partner, title).waitFor();
        shootLaptopAndPhone(partner, "02-partner-request-page");
        CooperationRequest request = requests.search("WASTE", "ID", users.get("surabaya.partner")).stream()
                .filter(found -> found.title().equals(title)).findFirst().orElseThrow();

        // a company answered too, so the officer can invite it into the project later
        requests.answer(request.id(), "Our compact composting plants fit markets of this size.", users.get("hibiki.officer"));

        // (b) the officer finds it through her city's offer's matches, with the reasons
        Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);
        officer.navigate(browser.url("marketplace/offers"));
        heading(officer, "Offers of expertise and technology").waitFor();
        officer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Community composting and source separation"))
                .first().click();
        heading(officer, "Community composting and source separation").waitFor();
        settle(officer);
        assertThat(Grids.rowWith(officer, title)).anySatisfy(cell -> assertThat(cell).contains("Same theme: Solid waste management"));
        shootLaptopAndPhone(officer, "03-officer-offer-matches");
        officer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        heading(officer, title).waitFor();
        settle(officer);
        // the library's practices of the theme, the partner's own country first (other tests publish more of them)
        List<String> practices = officer.locator(".related-practices li").allTextContents();
        assertThat(practices).as("the demo's Takakura practice is in Indonesia, so some are shown").isNotEmpty();
        assertThat(practices.stream().map(practice -> practice.endsWith(", Indonesia")).toList())
                .as("practices in Indonesia come first: %s", practices).isSortedAccordingTo(Comparator.reverseOrder());
        Locator firstPractice = officer.locator(".related-practices a").first();
        Page practicePage = officer.context().newPage();
        practicePage.navigate(browser.url(firstPractice.getAttribute("href")));
        heading(practicePage, firstPractice.textContent()).waitFor();
        practicePage.close();

        // (c) she answers and proposes the project
        fillArea(officer, "Message", "Kitakyushu trained market managers in Surabaya before; we can help.");
        click(officer, "We can help");
        notification(officer, "Your answer is sent to the requester.");
        settle(officer);
        chooseInComboBox(officer, "Cooperation type", "Technical", "Technical cooperation (training and specialist dispatch)");
        fill(officer, "vaadin-text-field", "Budget (JPY)", "18000000");
        shootLaptopAndPhone(officer, "04-officer-request-answered");
        click(officer, "Propose the project");
        officer.waitForURL("**/projects/KIT-*");
        settle(officer);
        CooperationRequest linked = requests.find(request.id(), users.get("kitakyushu.officer")).orElseThrow();
        assertThat(linked.status()).isEqualTo(RequestStatus.IN_PROJECT);
        String code = linked.projectCode();
        assertThat(officer.url()).endsWith("/projects/" + code);
        shoot(officer, "05-officer-project-from-request.png");

        // (c, continued) back on the request, she invites the company that answered into the project
        officer.navigate(browser.url("marketplace/requests/" + request.id()));
        heading(officer, title).waitFor();
        chooseInComboBox(officer, "Organisation that answered", "Hibiki", "Hibiki Environmental Engineering Co., Ltd.");
        BrowserSession.choose(field(officer, "vaadin-select", "Role in the project"), "Technology provider");
        click(officer, "Invite into the project");
        notification(officer, "The organisation is invited");
        officer.locator("p:has-text('Hibiki Environmental Engineering Co., Ltd. (Technology provider)')").waitFor();
        assertThat(participants.participantsOf(code, users.get("hibiki.officer"))).extracting(participant -> participant.organisationCode())
                .containsExactly("HIBIKI");
        shootLaptopAndPhone(officer, "05b-officer-invites-company", officer.locator("vaadin-button:has-text('Invite into the project')"));

        // (d) the manager screens it from the inbox
        Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
        manager.locator("vaadin-tab:has-text('Open tasks of my groups (')").waitFor();
        // the demo gives the manager other open tasks too: the grid finds the proposal's row among them
        assertThat(Grids.rowWith(manager, code)).contains("Screen project proposal");
        String taskHref = Grids.inRow(manager, code, "a", "Screen project proposal").getAttribute("href");
        manager.navigate(browser.url(taskHref));
        heading(manager, "Screen project proposal").waitFor();
        assertThat(manager.locator(".project-summary").textContent()).contains(code, title, "Surabaya", "Solid waste management");
        shoot(manager, "06-manager-screens.png");
        manager.locator("vaadin-button:has-text('Approve')").click();
        notification(manager, "Project " + code + " approved.");

        // (e) the country's framework, which the request page showed, as the administrator edits it
        Page admin = browser.signedIn("admin", 1280, 800);
        admin.navigate(browser.url("marketplace/frameworks/ID"));
        heading(admin, "Cooperation framework: Indonesia").waitFor();
        assertThat(field(admin, "vaadin-text-area", "Priority: Solid waste management").locator("textarea").inputValue())
                .contains("Jakstranas");
        shootLaptopAndPhone(admin, "07-admin-country-framework");

        Project project = projects.find(code, users.get("kitakyushu.manager")).orElseThrow();
        assertThat(projects.screenings(code, users.get("kitakyushu.manager"))).extracting(screening -> screening.decision())
                .containsExactly(ScreeningDecision.APPROVE);
        assertThat(project.title()).isEqualTo(title);
    }
}

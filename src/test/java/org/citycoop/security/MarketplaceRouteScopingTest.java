package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.assertj.core.api.SoftAssertions;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.marketplace.CooperationOffer;
import org.citycoop.marketplace.CooperationOfferService;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.CooperationRequestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The marketplace's and peer learning's screens whose address carries an id that is no project's
 * (so {@link CrossOrganisationRouteTest} cannot fill it), opened over HTTP as an attacker would, with
 * the id of a demo record: a requester's request by other requesters and a funding agency, a
 * company's offer by another company and by a reviewer, a programme's figures by a city outside it. The server's
 * whole answer for the screen must carry the refusal and nothing of the record; the rightful users
 * get the record, so the refusals are not vacuous.
 */
@CityCoopTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceRouteScopingTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    private static final String NOT_AVAILABLE = TEXTS.getString("marketplace.not-available");
    private static final String SAVE_OFFER = TEXTS.getString("marketplace.offer.save");
    /** What the router answers a role the screen is not declared for (RouteAccessTest). */
    private static final String ROLE_REFUSED = "Could not navigate";
    private static final String MEMBERS_ONLY = TEXTS.getString("programme.figures.members-only");
    private static final String FIGURES = TEXTS.getString("programme.figures.intro");

    @LocalServerPort
    int port;

    @Autowired
    CooperationRequestService requests;

    @Autowired
    CooperationOfferService offers;

    @Autowired
    TestUsers users;

    private final Map<String, VaadinClient> sessions = new HashMap<>();

    @Test
    void aRequestIsOpenedOnlyByItsRequesterAndByTheOfferingOrganisations() {
        CooperationRequest surabayas = demoRequest("surabaya.partner", "Source separation and composting of market waste");
        CooperationRequest ngos = demoRequest("sgc.partner", "Reducing non-revenue water in the old town");
        String surabayaPage = "marketplace/requests/" + surabayas.id();

        SoftAssertions softly = new SoftAssertions();
        // another city's coordinator and an NGO of the same country
        for (String outsider : List.of("kualalumpur.partner", "sgc.partner")) {
            softly.assertThat(session(outsider).open(surabayaPage)).as("%s opening Surabaya's request", outsider)
                    .contains(NOT_AVAILABLE).doesNotContain(surabayas.title(), surabayas.problem());
        }
        softly.assertThat(session("jica.reviewer").open(surabayaPage)).as("a funding agency's reviewer opening the request")
                .contains(ROLE_REFUSED).doesNotContain(surabayas.title(), surabayas.problem());
        softly.assertThat(session("surabaya.partner").open("marketplace/requests/" + ngos.id()))
                .as("the city's coordinator opening the NGO's request").contains(NOT_AVAILABLE).doesNotContain(ngos.title());
        for (String rightful : List.of("surabaya.partner", "kitakyushu.officer", "hibiki.officer")) {
            softly.assertThat(session(rightful).open(surabayaPage)).as("%s opening Surabaya's request", rightful)
                    .doesNotContain(NOT_AVAILABLE).contains(surabayas.title(), surabayas.problem());
        }
        softly.assertAll();
    }

    @Test
    void anotherCompanyReadsAnOfferButIsNotOfferedItsSaveButton() {
        CooperationOffer hibikis = offers.ofOwnOrganisation(users.get("hibiki.officer")).get(0);
        String page = "marketplace/offers/" + hibikis.id();

        assertThat(session("mwt.officer").open(page)).contains(hibikis.title()).doesNotContain(SAVE_OFFER);
        assertThat(session("hibiki.officer").open(page)).contains(hibikis.title(), SAVE_OFFER);
        assertThat(session("surabaya.partner").open(page)).as("a requester browses offers, but changes none")
                .contains(hibikis.title()).doesNotContain(SAVE_OFFER);
        assertThat(session("jica.reviewer").open(page)).as("a funding agency's reviewer has no business with offers")
                .contains(ROLE_REFUSED).doesNotContain(hibikis.title());
    }

    @Test
    void aProgrammesFiguresAreShownToItsMembersOnly() {
        String page = "programmes/ASEAN_MODEL_CITIES";

        assertThat(session("dalian.partner").open(page)).contains(MEMBERS_ONLY).doesNotContain(FIGURES);
        assertThat(session("surabaya.partner").open(page)).contains(FIGURES).doesNotContain(MEMBERS_ONLY);
    }

    private CooperationRequest demoRequest(String requester, String title) {
        return requests.search(null, null, users.get(requester)).stream().filter(request -> request.title().equals(title))
                .findFirst().orElseThrow();
    }

    private VaadinClient session(String username) {
        return sessions.computeIfAbsent(username, user -> VaadinClient.signedIn(port, user));
    }
}

package org.citycoop.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Offers, matching and country frameworks on the real PostgreSQL, with the demo's offers beside the tests' own. */
@CityCoopTest
class CooperationOfferServiceTest {

    @Autowired CooperationOfferService offers;
    @Autowired CooperationRequestService requests;
    @Autowired MatchingService matching;
    @Autowired CountryFrameworkService frameworks;
    @Autowired NotificationService notifications;
    @Autowired TestUsers users;

    @Test
    void aCompanyRecordsAnOfferThatOfficersSeeAndOnlyItsOwnOfficersChange() {
        CityCoopUser hibiki = users.get("hibiki.officer");
        CooperationOffer offer = offers.register(offer("Biogas " + UUID.randomUUID(), List.of("Biogas", " biogas ", "digester")), hibiki);

        assertThat(offer.organisationCode()).isEqualTo("HIBIKI");
        assertThat(offer.keywords()).as("lower case, once each").containsExactly("biogas", "digester");
        assertThat(offers.find(offer.id(), users.get("yokohama.officer"))).isPresent();
        assertThat(offers.find(offer.id(), users.get("admin"))).isPresent();
        assertThat(offers.find(offer.id(), users.get("jica.reviewer"))).isEmpty();

        CityCoopUser otherCompany = users.get("mwt.officer");
        assertThat(offers.mayChange(offer, otherCompany)).isFalse();
        assertThatThrownBy(() -> offers.change(offer.id(), offer("Taken over", List.of("x")), otherCompany))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.change(offer.id(), offer("Taken over", List.of("x")), users.get("admin")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(offers.find(offer.id(), hibiki).orElseThrow().title()).isEqualTo(offer.title());

        CooperationOffer changed = offers.change(offer.id(), offer("Biogas from market waste", List.of("biogas")), hibiki);
        assertThat(changed.title()).isEqualTo("Biogas from market waste");
    }

    @Test
    void onlyOfficersOfMunicipalitiesCooperativesAndCompaniesRecordOffers() {
        assertThatThrownBy(() -> offers.register(offer("x", List.of("x")), users.get("surabaya.partner")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.register(offer("x", List.of("x")), users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyProblemOfAnOfferIsNamed() {
        OfferDraft wrong = new OfferDraft("", "WASTE", "d", List.of(), List.of("last year's"), List.of("XX"), List.of("EN"), -1, null, null);

        assertThatThrownBy(() -> offers.register(wrong, users.get("kitakyushu.officer"))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::field, problem -> problem.text().key())
                        .containsExactlyInAnyOrder(tuple("title", "problem.required"), tuple("keywords", "marketplace.problem.keywords"),
                                tuple("referenceProjects", "marketplace.problem.reference"),
                                tuple("experienceCountries", "marketplace.problem.experience-country"),
                                tuple("languages", "marketplace.problem.languages"),
                                tuple("traineesPerYear", "marketplace.problem.capacity"),
                                tuple("specialistWeeksPerYear", "problem.required")));
    }

    @Test
    void offersAreFoundByThemeAndCountryOfExperience() {
        CooperationOffer offer = offers.register(new OfferDraft("Mongolian ger-district stoves " + UUID.randomUUID(), "AIR_QUALITY",
                "Cleaner stoves", List.of("stove"), List.of(), List.of("MN"), List.of("en"), 0, 4, null), users.get("yokohama.officer"));
        CityCoopUser officer = users.get("kitakyushu.officer");

        assertThat(offers.search("AIR_QUALITY", "MN", officer)).extracting(CooperationOffer::id).contains(offer.id());
        assertThat(offers.search("WASTE", "MN", officer)).extracting(CooperationOffer::id).doesNotContain(offer.id());
        assertThat(offers.search(null, "ID", officer)).extracting(CooperationOffer::id).doesNotContain(offer.id());
    }

    @Test
    void aRequestListsTheFittingOffersBestFirstWithTheirReasonsAndTellsTheirOfficers() {
        String keyword = "sludge drying " + UUID.randomUUID().toString().substring(0, 8);
        CooperationOffer fitting = offers.register(new OfferDraft("Sludge drying beds", "SEWERAGE", "Drying beds for sewage sludge",
                List.of(keyword), List.of(), List.of("ID"), List.of("en"), 10, 4, null), users.get("kawasaki.officer"));
        CooperationOffer lessFitting = offers.register(new OfferDraft("Sewer inspection", "SEWERAGE", "Sewer cameras",
                List.of("sewer camera"), List.of(), List.of("CN"), List.of("zh"), 0, 0, "Inspection robots"), users.get("mwt.officer"));
        String title = "Sewage sludge " + UUID.randomUUID();
        CooperationRequest request = requests.submit(new RequestDraft(title, "The plant needs " + keyword + " for its sludge.",
                "SEWERAGE", "SBY", null, null, "Dry sludge reused as fertiliser.", java.util.Set.of(RequestForm.TRAINING),
                java.time.YearMonth.of(2027, 10), java.time.YearMonth.of(2028, 9), List.of("en")), users.get("surabaya.partner"));

        List<Match> matches = matching.offersFor(request.id(), users.get("kitakyushu.officer"));

        assertThat(matches).extracting(match -> match.offer().id()).containsSubsequence(fitting.id(), lessFitting.id());
        Match best = matches.stream().filter(match -> match.offer().id() == fitting.id()).findFirst().orElseThrow();
        assertThat(best.reasons()).extracting(MatchReason::kind).containsExactly(ReasonKind.THEME, ReasonKind.KEYWORD,
                ReasonKind.COUNTRY_EXPERIENCE, ReasonKind.LANGUAGE, ReasonKind.CAPACITY, ReasonKind.FUNDING_SCHEME);
        assertThat(best.score()).isEqualTo(40 + 10 + 20 + 10 + 5 + 10);
        assertThat(notifications.notificationsOf(users.get("kawasaki.officer"))).filteredOn(n -> n.subject().equals(title))
                .singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REQUEST_MATCHES_OFFER));
        assertThat(notifications.notificationsOf(users.get("mwt.officer"))).as("below the threshold")
                .noneMatch(n -> n.subject().equals(title));
        assertThat(matching.requestsFor(fitting.id(), users.get("kawasaki.officer"))).extracting(match -> match.request().id())
                .first().isEqualTo(request.id());
    }

    @Test
    void onlyAnAdministratorWritesACountryFrameworkAndEveryoneReadsIt() {
        FrameworkDraft draft = new FrameworkDraft(Map.of("SEWERAGE", "Sanitation roadmap 2030"), List.of("JICA_GRASSROOTS_LG"),
                "Ministry of Public Works");
        assertThatThrownBy(() -> frameworks.save("PH", draft, users.get("kitakyushu.officer"))).isInstanceOf(AccessDeniedException.class);

        CountryFramework saved = frameworks.save("PH", draft, users.get("admin"));

        assertThat(saved.priorities()).containsEntry("SEWERAGE", "Sanitation roadmap 2030");
        assertThat(saved.schemeCodes()).containsExactly("JICA_GRASSROOTS_LG");
        assertThat(saved.travelSafetyLevel()).as("the dispatch module's level for the Philippines").isEqualTo(1);
        assertThat(frameworks.of("PH")).contains(saved);
        assertThatThrownBy(() -> frameworks.save("JP", draft, users.get("admin"))).isInstanceOf(InvalidInputException.class);
    }

    private static OfferDraft offer(String title, List<String> keywords) {
        return new OfferDraft(title, "WASTE", "Anaerobic digestion of organic waste", keywords, List.of("KIT-2024-003"), List.of("ID"),
                List.of("en", "ja"), 0, 6, "Digesters");
    }
}

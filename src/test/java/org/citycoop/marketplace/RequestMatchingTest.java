package org.citycoop.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citycoop.name.Name;
import org.citycoop.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** The scoring on fixed cases: every point of a score comes with its reason. */
class RequestMatchingTest {

    private static final Map<String, String> REGIONS = Map.of("ID", "SOUTHEAST_ASIA", "PH", "SOUTHEAST_ASIA",
            "VN", "SOUTHEAST_ASIA", "CN", "NORTHEAST_ASIA");
    private static final List<OpenScheme> ASEAN_SCHEMES = List.of(
            new OpenScheme("JICA_GRASSROOTS_LG", Set.of("CITY", "COOPERATIVE")),
            new OpenScheme("JAIF", Set.of("CITY")));

    private final CooperationRequest marketWaste = request("WASTE", "ID", "Source separation of market waste",
            "Markets send organic waste to the landfill.", Set.of(RequestForm.TRAINING, RequestForm.TECHNOLOGY), List.of("id", "en"));

    @Test
    void aCityOfferThatFitsEverythingScoresEveryReason() {
        CooperationOffer kitakyushu = offer(OrganisationKind.CITY, "WASTE", List.of("market waste", "composting", "landfill"),
                List.of("ID"), List.of("en", "ja"), 12, 0, null);

        Match match = RequestMatching.match(marketWaste, kitakyushu, REGIONS, ASEAN_SCHEMES);

        assertThat(match.reasons()).extracting(MatchReason::kind, MatchReason::detail, MatchReason::points).containsExactly(
                tuple(ReasonKind.THEME, "WASTE", 40),
                tuple(ReasonKind.KEYWORD, "market waste", 10),
                tuple(ReasonKind.KEYWORD, "landfill", 10),
                tuple(ReasonKind.COUNTRY_EXPERIENCE, "ID", 20),
                tuple(ReasonKind.LANGUAGE, "en", 10),
                tuple(ReasonKind.CAPACITY, "TRAINING", 5),
                tuple(ReasonKind.FUNDING_SCHEME, "JAIF, JICA_GRASSROOTS_LG", 10));
        assertThat(match.score()).isEqualTo(105);
    }

    @Test
    void experienceInAnotherCountryOfTheRegionCountsLessThanInTheCountry() {
        CooperationOffer inThePhilippines = offer(OrganisationKind.CITY, "WASTE", List.of(), List.of("PH"), List.of(), 0, 0, null);
        CooperationOffer inChina = offer(OrganisationKind.CITY, "WASTE", List.of(), List.of("CN"), List.of(), 0, 0, null);

        assertThat(RequestMatching.match(marketWaste, inThePhilippines, REGIONS, List.of()).reasons())
                .extracting(MatchReason::kind, MatchReason::points)
                .containsExactly(tuple(ReasonKind.THEME, 40), tuple(ReasonKind.REGION_EXPERIENCE, 10));
        assertThat(RequestMatching.match(marketWaste, inChina, REGIONS, List.of()).reasons())
                .extracting(MatchReason::kind).containsExactly(ReasonKind.THEME);
    }

    @Test
    void aCompanyServesTechnologyWithItsProductsButLeadsNoSchemeOfACity() {
        CooperationOffer company = offer(OrganisationKind.COMPANY, "WATER_SUPPLY", List.of(), List.of(), List.of(), 0, 0,
                "In-vessel composting units");

        Match match = RequestMatching.match(marketWaste, company, REGIONS, ASEAN_SCHEMES);

        assertThat(match.reasons()).extracting(MatchReason::kind, MatchReason::detail)
                .containsExactly(tuple(ReasonKind.CAPACITY, "TECHNOLOGY"));
        assertThat(match.score()).isEqualTo(5);
    }

    @Test
    void atMostThreeKeywordsCountAndCaseDoesNotMatter() {
        CooperationRequest request = request("WASTE", "ID", "Composting, Landfill gas, Market waste, Recycling", "", Set.of(), List.of());
        CooperationOffer offer = offer(OrganisationKind.CITY, "AIR_QUALITY", List.of("composting", "landfill gas", "market waste",
                "recycling"), List.of(), List.of(), 0, 0, null);

        assertThat(RequestMatching.match(request, offer, REGIONS, List.of()).reasons()).extracting(MatchReason::detail)
                .containsExactly("composting", "landfill gas", "market waste");
    }

    @Test
    void nothingInCommonScoresNothing() {
        CooperationOffer unrelated = offer(OrganisationKind.COMPANY, "AIR_QUALITY", List.of("flue gas"), List.of("CN"),
                List.of("zh"), 0, 0, null);

        Match match = RequestMatching.match(marketWaste, unrelated, REGIONS, ASEAN_SCHEMES);

        assertThat(match.reasons()).isEmpty();
        assertThat(match.score()).isZero();
    }

    private static CooperationRequest request(String theme, String country, String title, String problem, Set<RequestForm> forms,
                                              List<String> languages) {
        return new CooperationRequest(1, "SBY", Name.english("Surabaya"), title, problem, theme, "Solid waste management", "SBY",
                Name.english("Surabaya"), country, Name.english("Indonesia"), REGIONS.get(country), "", forms, YearMonth.of(2027, 4),
                YearMonth.of(2028, 3), languages, RequestStatus.OPEN, null, "surabaya.partner", Instant.EPOCH);
    }

    private static CooperationOffer offer(OrganisationKind kind, String theme, List<String> keywords, List<String> countries,
                                          List<String> languages, int trainees, int weeks, String products) {
        return new CooperationOffer(7, "ORG", Name.english("Offeror"), kind, "Offer", theme, theme, "", keywords, List.of(), countries,
                languages, trainees, weeks, products);
    }
}

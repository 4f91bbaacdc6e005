package org.citycoop.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citycoop.marketplace.CooperationOfferService;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.marketplace.FrameworkDraft;
import org.citycoop.marketplace.OfferDraft;
import org.citycoop.marketplace.RequestDraft;
import org.citycoop.marketplace.RequestForm;
import org.citycoop.security.CityCoopUser;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Requests, offers and country frameworks of the marketplace (issue 10), entered through the real
 * services. Requests come before offers, so loading the demo tells nobody of a match.
 */
@Component
@Profile("demo")
class DemoMarketplace {

    private final CooperationRequestService requests;
    private final CooperationOfferService offers;
    private final CountryFrameworkService frameworks;
    private final UserDetailsService userDetails;
    private final Clock clock;

    DemoMarketplace(CooperationRequestService requests, CooperationOfferService offers, CountryFrameworkService frameworks,
                    UserDetailsService userDetails, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.frameworks = frameworks;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    void load() {
        YearMonth now = YearMonth.now(clock);
        frameworks.save("ID", new FrameworkDraft(Map.of(
                "WASTE", "National waste policy (Jakstranas): 30% reduction and 70% handling of household waste by 2025.",
                "WATER_SUPPLY", "Universal access to safe drinking water; non-revenue water below 25%."),
                List.of("JICA_GRASSROOTS_LG", "MOE_JCM_C2C", "JAIF"),
                "Ministry of Environment and Forestry, Directorate General of Waste Management; Embassy of Japan, Jakarta"), user("admin"));
        frameworks.save("VN", new FrameworkDraft(Map.of(
                "WASTE", "National strategy on integrated solid waste management to 2025, vision 2050.",
                "LOW_CARBON", "Net zero by 2050; JCM partner country since 2013."),
                List.of("JICA_GRASSROOTS_LG", "MOE_JCM_C2C", "JAIF"), "Ministry of Natural Resources and Environment"), user("admin"));
        requests.submit(new RequestDraft("Source separation and composting of market waste",
                "Traditional markets in Surabaya produce 400 tonnes of organic waste a day that go to the landfill unsorted.",
                "WASTE", "SBY", null, "ID", "Ten markets separate organic waste; community composting takes half of it.",
                Set.of(RequestForm.TRAINING, RequestForm.DISPATCH), now.plusMonths(6), now.plusMonths(24), List.of("id", "en")),
                user("surabaya.partner"));
        requests.submit(new RequestDraft("Reducing non-revenue water in the old town",
                "Leaks and illegal connections lose 40% of the treated water in the old town's network.",
                "WATER_SUPPLY", null, "Kampung Kota district, Surabaya", "ID",
                "Non-revenue water measured per district and reduced to 25% in a pilot area.",
                Set.of(RequestForm.FEASIBILITY_STUDY, RequestForm.TECHNOLOGY), now.plusMonths(9), now.plusMonths(33), List.of("id", "en")),
                user("sgc.partner"));
        requests.submit(new RequestDraft("Waste-to-energy feasibility for Dalian",
                "The Dalian landfills are nearly full; the city considers an incineration plant with power generation.",
                "WASTE", "DLC", null, "CN", "A feasibility study with options, costs and a financing plan.",
                Set.of(RequestForm.FEASIBILITY_STUDY), now.plusMonths(4), now.plusMonths(16), List.of("zh", "en")),
                user("dalian.partner"));
        offers.register(new OfferDraft("Community composting and source separation", "WASTE",
                "Kitakyushu's city staff train market managers and neighbourhood groups in Takakura composting and separation at source.",
                List.of("composting", "source separation", "market waste"), List.of(), List.of("ID", "PH", "VN"), List.of("en", "ja"),
                12, 8, null), user("kitakyushu.officer"));
        offers.register(new OfferDraft("Incineration plant operation and maintenance", "WASTE",
                "Operating know-how of the 23 wards' incineration plants: combustion control, flue-gas treatment, maintenance planning.",
                List.of("incineration", "waste-to-energy", "landfill"), List.of(), List.of("MY", "CN"), List.of("en", "ja"),
                6, 12, null), user("cat23.officer"));
        offers.register(new OfferDraft("Leak detection and district metering", "WATER_SUPPLY",
                "Acoustic leak detection, district metered areas and smart meters for non-revenue water reduction.",
                List.of("non-revenue water", "leak", "smart meter"), List.of(), List.of("KH", "VN"), List.of("en", "ja"), 0, 6,
                "Acoustic leak detectors, ultrasonic flow meters, district metering software"), user("mwt.officer"));
        offers.register(new OfferDraft("Compact composting plants for markets", "WASTE",
                "Containerised in-vessel composting units of 2-20 tonnes a day, with installation and operator training.",
                List.of("composting", "market waste"), List.of(), List.of("ID"), List.of("en", "id", "ja"), 4, 4,
                "In-vessel composting units, odour control"), user("hibiki.officer"));
    }

    private CityCoopUser user(String username) {
        return (CityCoopUser) userDetails.loadUserByUsername(username);
    }
}

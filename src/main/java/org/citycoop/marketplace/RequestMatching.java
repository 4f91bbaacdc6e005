package org.citycoop.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The explainable score of a request and an offer: a sum of reasons, each worth fixed points, so a
 * reader can check every score by hand (DD033). Pure: everything it needs is passed in.
 *
 * <ul>
 *   <li>same theme: {@value #THEME};</li>
 *   <li>each of the offer's keywords that the request's text names: {@value #KEYWORD}, at most {@value #MAX_KEYWORDS} counted;</li>
 *   <li>the offeror has worked in the request's country: {@value #COUNTRY}; else in its region: {@value #REGION};</li>
 *   <li>a language in common: {@value #LANGUAGE};</li>
 *   <li>each preferred form the offer's capacity can serve: {@value #CAPACITY};</li>
 *   <li>funding schemes open to the country that the offeror's kind may lead: {@value #FUNDING}.</li>
 * </ul>
 */
public final class RequestMatching {

    static final int THEME = 40;
    static final int KEYWORD = 10;
    static final int MAX_KEYWORDS = 3;
    static final int COUNTRY = 20;
    static final int REGION = 10;
    static final int LANGUAGE = 10;
    static final int CAPACITY = 5;
    static final int FUNDING = 10;

    /** From this score on, the offeror's officers are told of a new request. */
    public static final int NOTIFY_THRESHOLD = 60;

    private RequestMatching() {
    }

    /**
     * @param regionOfCountry the region code of each country (for the offer's countries of experience)
     * @param openSchemes     the funding schemes open to the request's country
     */
    public static Match match(CooperationRequest request, CooperationOffer offer, Map<String, String> regionOfCountry,
                              List<OpenScheme> openSchemes) {
        List<MatchReason> reasons = new ArrayList<>();
        if (request.themeCode().equals(offer.themeCode())) {
            reasons.add(new MatchReason(ReasonKind.THEME, request.themeCode(), THEME));
        }
        String text = (request.title() + " " + request.problem() + " " + request.expectedOutcomes()).toLowerCase(Locale.ROOT);
        offer.keywords().stream().filter(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT))).limit(MAX_KEYWORDS)
                .forEach(keyword -> reasons.add(new MatchReason(ReasonKind.KEYWORD, keyword, KEYWORD)));
        if (offer.experienceCountries().contains(request.countryIso2())) {
            reasons.add(new MatchReason(ReasonKind.COUNTRY_EXPERIENCE, request.countryIso2(), COUNTRY));
        } else if (offer.experienceCountries().stream().anyMatch(country -> Objects.equals(regionOfCountry.get(country), request.region()))) {
            reasons.add(new MatchReason(ReasonKind.REGION_EXPERIENCE, request.region(), REGION));
        }
        List<String> common = request.languages().stream().filter(offer.languages()::contains).toList();
        if (!common.isEmpty()) {
            reasons.add(new MatchReason(ReasonKind.LANGUAGE, String.join(", ", common), LANGUAGE));
        }
        request.preferredForms().stream().sorted().filter(form -> canServe(offer, form))
                .forEach(form -> reasons.add(new MatchReason(ReasonKind.CAPACITY, form.name(), CAPACITY)));
        List<String> schemes = openSchemes.stream().filter(scheme -> scheme.leadKinds().contains(offer.organisationKind().name()))
                .map(OpenScheme::code).sorted().toList();
        if (!schemes.isEmpty()) {
            reasons.add(new MatchReason(ReasonKind.FUNDING_SCHEME, String.join(", ", schemes), FUNDING));
        }
        return new Match(request, offer, reasons);
    }

    /** Trainees for training, specialist weeks for dispatch and studies, products for technology. */
    static boolean canServe(CooperationOffer offer, RequestForm form) {
        return switch (form) {
            case TRAINING -> offer.traineesPerYear() > 0;
            case DISPATCH, FEASIBILITY_STUDY -> offer.specialistWeeksPerYear() > 0;
            case TECHNOLOGY -> offer.products() != null && !offer.products().isBlank();
        };
    }
}

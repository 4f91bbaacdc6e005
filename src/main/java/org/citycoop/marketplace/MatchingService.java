package org.citycoop.marketplace;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citycoop.marketplace.internal.FrameworkRepository;
import org.citycoop.marketplace.internal.OfferRepository;
import org.citycoop.marketplace.internal.RequestRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked matches between requests and offers with their reasons ({@link RequestMatching}), for
 * the users who may see both sides; and the officers told of a new request that matches their offers.
 */
@Service
public class MatchingService {

    /** The most matches a list shows. */
    static final int MAX_MATCHES = 20;

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final FrameworkRepository frameworks;
    private final MarketplaceAccess access;
    private final ApplicationEventPublisher events;

    MatchingService(RequestRepository requests, OfferRepository offers, FrameworkRepository frameworks, MarketplaceAccess access,
                    ApplicationEventPublisher events) {
        this.requests = requests;
        this.offers = offers;
        this.frameworks = frameworks;
        this.access = access;
        this.events = events;
    }

    /** The offers that fit a request the user may see, best first; only offers with some reason to match. */
    @Transactional(readOnly = true)
    public List<Match> offersFor(long requestId, CityCoopUser user) {
        CooperationRequest request = requests.find(requestId).filter(found -> access.maySee(found, user))
                .orElseThrow(() -> new RequestNotAvailableException("Request " + requestId));
        if (!access.maySeeOffers(user)) {
            return List.of();
        }
        return ranked(offersMatching(request));
    }

    /** The open requests the user may see that fit an offer, best first. */
    @Transactional(readOnly = true)
    public List<Match> requestsFor(long offerId, CityCoopUser user) {
        CooperationOffer offer = offers.find(offerId).filter(found -> access.maySeeOffers(user))
                .orElseThrow(() -> new RequestNotAvailableException("Offer " + offerId));
        Map<String, String> regions = frameworks.regionsOfCountries();
        return ranked(requests.search(null, List.of(RequestStatus.OPEN, RequestStatus.ANSWERED), null, null).stream()
                .filter(request -> access.maySee(request, user))
                .map(request -> RequestMatching.match(request, offer, regions, frameworks.openSchemes(request.countryIso2())))
                .toList());
    }

    /** Tells the officers of the organisations whose offers match a new request from the threshold on. */
    void tellOfferors(CooperationRequest request) {
        Set<String> organisations = new LinkedHashSet<>();
        offersMatching(request).stream().filter(match -> match.score() >= RequestMatching.NOTIFY_THRESHOLD)
                .forEach(match -> organisations.add(match.offer().organisationCode()));
        List<String> officers = offers.officersOf(organisations);
        if (!officers.isEmpty()) {
            events.publishEvent(new RequestMatchesOffers(request.id(), request.title(), Set.copyOf(officers)));
        }
    }

    private List<Match> offersMatching(CooperationRequest request) {
        Map<String, String> regions = frameworks.regionsOfCountries();
        List<OpenScheme> schemes = frameworks.openSchemes(request.countryIso2());
        return offers.search(null, null, null).stream().map(offer -> RequestMatching.match(request, offer, regions, schemes)).toList();
    }

    /** Best score first; among equals, offers by title and the newest request first. */
    private static List<Match> ranked(List<Match> matches) {
        return matches.stream().filter(match -> match.score() > 0)
                .sorted(Comparator.comparingInt(Match::score).reversed()
                        .thenComparing(match -> match.offer().title()).thenComparing(match -> -match.request().id()))
                .limit(MAX_MATCHES).toList();
    }
}

package org.citycoop.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citycoop.marketplace.internal.FrameworkRepository;
import org.citycoop.marketplace.internal.OfferRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of expertise and technology. Only the officers of the offering municipality, cooperative
 * or company record and change its offers; officers and managers of any organisation, partner
 * coordinators and administrators see them (DD033).
 */
@Service
public class CooperationOfferService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern PROJECT_CODE = Pattern.compile("[A-Z0-9]{2,16}-\\d{4}-\\d{3}");
    private static final int MAX_ITEMS = 30;
    private static final int MAX_CAPACITY = 10_000;

    private final OfferRepository offers;
    private final FrameworkRepository frameworks;
    private final MarketplaceAccess access;

    CooperationOfferService(OfferRepository offers, FrameworkRepository frameworks, MarketplaceAccess access) {
        this.offers = offers;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** An officer of a municipality, cooperative or company records an offer of their organisation. */
    @Transactional
    public CooperationOffer register(OfferDraft draft, CityCoopUser officer) {
        if (!access.isOfferingOfficer(officer)) {
            throw new AccessDeniedException("Only officers of municipalities, cooperatives and companies record offers");
        }
        long id = offers.insert(officer.organisationCode(), check(draft), officer.getUsername());
        return offers.find(id).orElseThrow();
    }

    /** An officer of the offering organisation changes its offer; anyone else is refused and nothing changes. */
    @Transactional
    public CooperationOffer change(long offerId, OfferDraft draft, CityCoopUser officer) {
        CooperationOffer offer = require(offerId, officer);
        if (!mayChange(offer, officer)) {
            throw new AccessDeniedException("Only the offering organisation's officers change its offers");
        }
        offers.update(offerId, check(draft), officer.getUsername());
        return offers.find(offerId).orElseThrow();
    }

    /** Whether the user records offers: an officer of a municipality, cooperative or company. */
    public boolean mayRegister(CityCoopUser user) {
        return access.isOfferingOfficer(user);
    }

    @Transactional(readOnly = true)
    public Optional<CooperationOffer> find(long offerId, CityCoopUser user) {
        return access.maySeeOffers(user) ? offers.find(offerId) : Optional.empty();
    }

    /** Whether the user may change the offer: an officer of the offering organisation. */
    public boolean mayChange(CooperationOffer offer, CityCoopUser user) {
        return access.isOfferingOfficer(user) && offer.organisationCode().equals(user.organisationCode());
    }

    /** Offers by title, narrowed by theme and by a country of experience when given. */
    @Transactional(readOnly = true)
    public List<CooperationOffer> search(String themeCode, String countryIso2, CityCoopUser user) {
        return access.maySeeOffers(user) ? offers.search(themeCode, countryIso2, null) : List.of();
    }

    /** The offers of the user's own organisation. */
    @Transactional(readOnly = true)
    public List<CooperationOffer> ofOwnOrganisation(CityCoopUser user) {
        return access.maySeeOffers(user) ? offers.search(null, null, user.organisationCode()) : List.of();
    }

    private CooperationOffer require(long offerId, CityCoopUser user) {
        return find(offerId, user).orElseThrow(() -> new RequestNotAvailableException("Offer " + offerId));
    }

    private OfferDraft check(OfferDraft draft) {
        DraftChecks checks = new DraftChecks();
        checks.text("title", draft.title(), 200);
        checks.text("description", draft.description(), 4000);
        checks.optionalText("products", draft.products(), 2000);
        checks.required("themeCode", draft.themeCode());
        if (draft.themeCode() != null && !frameworks.themeExists(draft.themeCode())) {
            checks.problem("themeCode", "marketplace.problem.theme");
        }
        List<String> keywords = draft.keywords().stream().map(String::strip).filter(keyword -> !keyword.isEmpty())
                .map(String::toLowerCase).distinct().toList();
        if (keywords.isEmpty() || keywords.size() > MAX_ITEMS || keywords.stream().anyMatch(keyword -> keyword.length() > 60)) {
            checks.problem("keywords", "marketplace.problem.keywords", MAX_ITEMS);
        }
        List<String> references = draft.referenceProjects().stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
        references.stream().filter(code -> !PROJECT_CODE.matcher(code).matches()).findFirst()
                .ifPresent(code -> checks.problem("referenceProjects", "marketplace.problem.reference", code));
        List<String> countries = draft.experienceCountries().stream().map(String::strip).distinct().toList();
        countries.stream().filter(country -> !frameworks.countryExists(country)).findFirst()
                .ifPresent(country -> checks.problem("experienceCountries", "marketplace.problem.experience-country", country));
        if (draft.languages().isEmpty() || draft.languages().stream().anyMatch(language -> !LANGUAGE.matcher(language).matches())) {
            checks.problem("languages", "marketplace.problem.languages");
        }
        capacity(checks, "traineesPerYear", draft.traineesPerYear());
        capacity(checks, "specialistWeeksPerYear", draft.specialistWeeksPerYear());
        checks.refuseIfAny();
        return new OfferDraft(draft.title(), draft.themeCode(), draft.description(), keywords, references, countries,
                draft.languages().stream().distinct().toList(), draft.traineesPerYear(), draft.specialistWeeksPerYear(), draft.products());
    }

    private static void capacity(DraftChecks checks, String field, Integer value) {
        checks.required(field, value);
        if (value != null && (value < 0 || value > MAX_CAPACITY)) {
            checks.problem(field, "marketplace.problem.capacity", DraftChecks.label(field), MAX_CAPACITY);
        }
    }
}

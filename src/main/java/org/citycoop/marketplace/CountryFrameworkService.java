package org.citycoop.marketplace;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.marketplace.internal.FrameworkRepository;
import org.citycoop.name.Name;
import org.citycoop.security.CityCoopUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation framework of each partner country: read by everyone signed in (it is shown on
 * request pages), written by administrators only. Its travel-safety level is the one the
 * administrators keep for dispatches (V9), not a second copy.
 */
@Service
public class CountryFrameworkService {

    private final FrameworkRepository frameworks;
    private final MarketplaceAccess access;
    private final AuditTrail audit;

    CountryFrameworkService(FrameworkRepository frameworks, MarketplaceAccess access, AuditTrail audit) {
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
    }

    /** The country's framework; empty for a code that is no country. */
    @Transactional(readOnly = true)
    public Optional<CountryFramework> of(String countryIso2) {
        return countryIso2 == null ? Optional.empty() : frameworks.find(countryIso2);
    }

    /** Every partner country (all but Japan) by English name, for choosers. */
    @Transactional(readOnly = true)
    public Map<String, Name> partnerCountries() {
        return frameworks.partnerCountries();
    }

    @Transactional
    public CountryFramework save(String countryIso2, FrameworkDraft draft, CityCoopUser admin) {
        if (!access.isAdmin(admin)) {
            throw new AccessDeniedException("Only an administrator changes country frameworks");
        }
        DraftChecks checks = new DraftChecks();
        if (countryIso2 == null || "JP".equals(countryIso2) || !frameworks.countryExists(countryIso2)) {
            checks.problem("countryIso2", "marketplace.problem.country");
        }
        checks.optionalText("contacts", draft.contacts(), 2000);
        draft.priorities().forEach((theme, priority) -> {
            if (!frameworks.themeExists(theme)) {
                checks.problem("priorities", "marketplace.problem.theme");
            } else {
                checks.optionalText("priorities", priority, 2000);
            }
        });
        draft.schemeCodes().stream().filter(scheme -> !frameworks.schemeExists(scheme)).findFirst()
                .ifPresent(scheme -> checks.problem("schemeCodes", "marketplace.problem.scheme", scheme));
        checks.refuseIfAny();
        FrameworkDraft cleaned = new FrameworkDraft(draft.priorities().entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                draft.schemeCodes().stream().distinct().toList(), draft.contacts());
        frameworks.save(countryIso2, cleaned, admin.getUsername());
        audit.recordReferenceChange(admin.getUsername(), "COUNTRY_FRAMEWORK_SAVED", countryIso2);
        return frameworks.find(countryIso2).orElseThrow();
    }
}

package org.citycoop.dispatch;

import java.util.List;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.dispatch.internal.TravelSafetyRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Travel-safety levels per country (reference data): every dispatch is checked against them; only
 * an administrator changes them.
 */
@Service
public class TravelSafetyService {

    private final TravelSafetyRepository levels;
    private final AuditTrail audit;

    TravelSafetyService(TravelSafetyRepository levels, AuditTrail audit) {
        this.levels = levels;
        this.audit = audit;
    }

    /** Every country, with its level or none, by name. */
    @Transactional(readOnly = true)
    public List<TravelSafety> all() {
        return levels.all();
    }

    @Transactional
    public void setLevel(String countryIso2, Integer level, CityCoopUser admin) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an administrator changes travel-safety levels");
        }
        TravelSafety country = countryIso2 == null ? null : levels.of(countryIso2).orElse(null);
        if (country == null) {
            throw InvalidInputException.of("country", "travel-safety.problem.country");
        }
        if (level == null || level < 1 || level > 4) {
            throw InvalidInputException.of("level", "travel-safety.problem.level");
        }
        levels.save(country.countryIso2(), level, admin.getUsername());
        audit.recordReferenceChange(admin.getUsername(), "TRAVEL_SAFETY_LEVEL_SET",
                country.countryName() + " (" + country.countryIso2() + "): " + country.level() + " -> " + level);
    }
}

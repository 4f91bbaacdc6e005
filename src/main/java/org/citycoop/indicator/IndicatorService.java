package org.citycoop.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.indicator.internal.IndicatorRepository;
import org.citycoop.name.Name;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of city environmental indicators (reference data): everyone reads it for action
 * plans and follow-up reports; only an administrator adds or edits entries.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final AuditTrail audit;

    IndicatorService(IndicatorRepository indicators, AuditTrail audit) {
        this.indicators = indicators;
        this.audit = audit;
    }

    /** The library for lookups by code; in no order a reader should see. */
    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return indicators.all();
    }

    /**
     * The library as a reader looks it up: by theme, then by the name in the reader's form and language
     * (Name.readingOrder, DD035). Sorted here, not in SQL: the database knows one collation, not the reader's.
     */
    @Transactional(readOnly = true)
    public List<Indicator> inReadingOrder(Locale locale) {
        return indicators.all().stream().sorted(Comparator.comparing(Indicator::themeCode, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(Indicator::name, Name.readingOrder(locale))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> find(String code) {
        return indicators.find(code);
    }

    /** Adds an indicator, or edits the one with its code (its code stays: reports refer to it). */
    @Transactional
    public void save(Indicator indicator, CityCoopUser admin) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an administrator edits the indicator library");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator.code() == null || !indicator.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add(FieldProblem.of("code", "indicator.problem.code"));
        }
        // the English form is required: IATI files and the audit write it (DD032); the Japanese one may follow later
        if (indicator.name() == null || indicator.name().en() == null || indicator.name().en().strip().length() > 200) {
            problems.add(FieldProblem.of("name", "indicator.problem.name"));
        }
        if (indicator.name() != null && indicator.name().ja() != null && indicator.name().ja().strip().length() > 200) {
            problems.add(FieldProblem.of("nameJa", "indicator.problem.name-ja"));
        }
        if (indicator.unit() == null || indicator.unit().isBlank() || indicator.unit().strip().length() > 40) {
            problems.add(FieldProblem.of("unit", "indicator.problem.unit"));
        }
        if (indicator.direction() == null) {
            problems.add(FieldProblem.of("direction", "indicator.problem.direction"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Name name = new Name(indicator.name().en().strip(), indicator.name().ja() == null ? null : indicator.name().ja().strip());
        indicators.save(new Indicator(indicator.code(), name, indicator.unit().strip(),
                indicator.direction(), indicator.themeCode()));
        audit.recordReferenceChange(admin.getUsername(), "INDICATOR_SAVED", indicator.code());
    }
}

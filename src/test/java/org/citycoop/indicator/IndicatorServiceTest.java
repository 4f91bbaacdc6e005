package org.citycoop.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.indicator.Indicator.Direction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The indicator library on the real PostgreSQL: read by all, edited by an administrator only. */
@CityCoopTest
class IndicatorServiceTest {

    @Autowired IndicatorService indicators;
    @Autowired TestUsers users;

    @Test
    void theLibraryHoldsTheCommonCityIndicatorsWithUnitAndDirection() {
        assertThat(indicators.find("NON_REVENUE_WATER")).get()
                .isEqualTo(new Indicator("NON_REVENUE_WATER", "Non-revenue water", "%", Direction.LOWER, "WATER_SUPPLY"));
        assertThat(indicators.all()).extracting(Indicator::code).contains("WASTE_COLLECTION_COVERAGE", "RECYCLING_RATE",
                "WASTE_LANDFILLED", "COMPOSTING", "WATER_SUPPLY_COVERAGE", "SEWAGE_TREATED", "CO2_REDUCTION");
    }

    @Test
    void anAdministratorAddsAndEditsAnIndicator() {
        indicators.save(new Indicator("ILLEGAL_DUMPING_SITES", "Illegal dumping sites", "sites", Direction.LOWER, "WASTE"),
                users.get("admin"));
        indicators.save(new Indicator("ILLEGAL_DUMPING_SITES", " Illegal dumping sites found ", "sites", Direction.LOWER, "WASTE"),
                users.get("admin"));

        assertThat(indicators.find("ILLEGAL_DUMPING_SITES")).get().extracting(Indicator::name)
                .isEqualTo("Illegal dumping sites found");
    }

    @Test
    void badEntriesAreRefusedFieldByFieldAndOthersMayNotEdit() {
        assertThatThrownBy(() -> indicators.save(new Indicator("recycling rate", " ", "", null, null), users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("code", "name", "unit", "direction"));
        assertThatThrownBy(() -> indicators.save(new Indicator("NON_REVENUE_WATER", "Water lost", "%", Direction.HIGHER, null),
                users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.find("NON_REVENUE_WATER")).get().extracting(Indicator::direction).isEqualTo(Direction.LOWER);
    }
}

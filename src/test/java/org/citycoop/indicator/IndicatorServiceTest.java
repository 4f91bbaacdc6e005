package org.citycoop.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.indicator.Indicator.Direction;
import org.citycoop.name.Name;
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
                .isEqualTo(new Indicator("NON_REVENUE_WATER", new Name("Non-revenue water", "無収水率"), "%", Direction.LOWER, "WATER_SUPPLY"));
        assertThat(indicators.all()).extracting(Indicator::code).contains("WASTE_COLLECTION_COVERAGE", "RECYCLING_RATE",
                "WASTE_LANDFILLED", "COMPOSTING", "WATER_SUPPLY_COVERAGE", "SEWAGE_TREATED", "CO2_REDUCTION");
    }

    @Test
    void anAdministratorAddsAndEditsAnIndicator() {
        indicators.save(new Indicator("ILLEGAL_DUMPING_SITES", Name.english("Illegal dumping sites"), "sites", Direction.LOWER,
                "WASTE"), users.get("admin"));
        assertThat(indicators.find("ILLEGAL_DUMPING_SITES")).get().extracting(indicator -> indicator.name().in(Locale.JAPANESE))
                .as("without a Japanese form a Japanese reader sees the English one").isEqualTo("Illegal dumping sites");

        indicators.save(new Indicator("ILLEGAL_DUMPING_SITES", new Name(" Illegal dumping sites found ", " 不法投棄箇所数 "), "sites",
                Direction.LOWER, "WASTE"), users.get("admin"));

        assertThat(indicators.find("ILLEGAL_DUMPING_SITES")).get().extracting(Indicator::name)
                .isEqualTo(new Name("Illegal dumping sites found", "不法投棄箇所数"));
    }

    @Test
    void theSeededIndicatorsHaveJapaneseNames() {
        assertThat(indicators.all()).filteredOn(indicator -> indicator.code().equals("WASTE_COLLECTION_COVERAGE")
                        || indicator.code().equals("CO2_REDUCTION"))
                .extracting(indicator -> indicator.name().in(Locale.JAPANESE)).containsExactlyInAnyOrder("ごみ収集カバー率", "CO2削減量");
        assertThat(indicators.all()).extracting(indicator -> indicator.name().ja())
                .contains("リサイクル率", "埋立処分量", "堆肥化量", "給水普及率", "無収水率", "下水処理率");
    }

    @Test
    void theLibraryIsListedByThemeThenByTheNameInTheReadersLanguage() {
        java.util.Set<String> waste = Set.of("WASTE_COLLECTION_COVERAGE", "RECYCLING_RATE", "WASTE_LANDFILLED", "COMPOSTING");

        assertThat(indicators.inReadingOrder(Locale.ENGLISH)).filteredOn(indicator -> waste.contains(indicator.code()))
                .extracting(indicator -> indicator.name().in(Locale.ENGLISH))
                .containsExactly("Organic waste composted", "Recycling rate", "Waste collection coverage", "Waste landfilled");
        // kana before kanji, and these kanji by their readings (堆 tai before 埋 mai), as Java's Japanese collator orders them
        assertThat(indicators.inReadingOrder(Locale.JAPANESE)).filteredOn(indicator -> waste.contains(indicator.code()))
                .extracting(indicator -> indicator.name().in(Locale.JAPANESE))
                .containsExactly("ごみ収集カバー率", "リサイクル率", "堆肥化量", "埋立処分量");
        assertThat(indicators.inReadingOrder(Locale.JAPANESE)).extracting(Indicator::themeCode)
                .as("grouped by theme, indicators without one last").isSortedAccordingTo(
                        Comparator.nullsLast(Comparator.<String>naturalOrder()));
    }

    @Test
    void badEntriesAreRefusedFieldByFieldAndOthersMayNotEdit() {
        assertThatThrownBy(() -> indicators.save(new Indicator("recycling rate", null, "", null, null), users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("code", "name", "unit", "direction"));
        // a Japanese name alone is not enough: IATI files and the audit write the English one
        assertThatThrownBy(() -> indicators.save(new Indicator("LITTER_BINS", new Name(null, "ごみ箱の数"), "bins", Direction.HIGHER,
                null), users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("name"));
        assertThatThrownBy(() -> indicators.save(new Indicator("NON_REVENUE_WATER", Name.english("Water lost"), "%", Direction.HIGHER, null),
                users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.find("NON_REVENUE_WATER")).get().extracting(Indicator::direction).isEqualTo(Direction.LOWER);
    }
}

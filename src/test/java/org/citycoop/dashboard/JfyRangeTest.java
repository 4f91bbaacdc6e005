package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Japanese fiscal year of a report: 31 March and 1 April fall in different years; a bad range names its parameter. */
class JfyRangeTest {

    @Test
    void thirtyFirstMarchClosesTheYearThatFirstAprilOfTheYearBeforeOpened() {
        assertThat(FiscalYear.of(LocalDate.of(2024, 3, 31))).isEqualTo(2023);
        assertThat(FiscalYear.of(LocalDate.of(2024, 4, 1))).isEqualTo(2024);
        assertThat(FiscalYear.of(LocalDate.of(2024, 12, 31))).isEqualTo(2024);
        assertThat(FiscalYear.of(LocalDate.of(2025, 1, 1))).isEqualTo(2024);
    }

    @Test
    void aRangeRunsFromFirstAprilOfItsFirstYearToThirtyFirstMarchAfterItsLast() {
        JfyRange range = JfyRange.of(2013, 2017);

        assertThat(range.firstDay()).isEqualTo(LocalDate.of(2013, 4, 1));
        assertThat(range.endExclusive()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(range.years()).containsExactly(2013, 2014, 2015, 2016, 2017);
    }

    @Test
    void theDefaultRangeEndsWithTheFiscalYearOfToday() {
        assertThat(JfyRange.lastYears(5, LocalDate.of(2027, 3, 31))).isEqualTo(new JfyRange(2022, 2026));
        assertThat(JfyRange.lastYears(5, LocalDate.of(2027, 4, 1))).isEqualTo(new JfyRange(2023, 2027));
    }

    @Test
    void aBadRangeIsRefusedNamingTheParameterToCorrect() {
        assertThat(field(() -> JfyRange.of(null, 2017))).isEqualTo("fromJfy");
        assertThat(field(() -> JfyRange.of(2013, null))).isEqualTo("toJfy");
        assertThat(field(() -> JfyRange.of(-5, 2017))).isEqualTo("fromJfy");
        assertThat(field(() -> JfyRange.of(2017, 2013))).isEqualTo("toJfy");
        assertThat(field(() -> JfyRange.of(2000, 2000 + JfyRange.MAX_YEARS))).isEqualTo("toJfy");
        assertThat(JfyRange.of(2000, 2000 + JfyRange.MAX_YEARS - 1).years()).hasSize(JfyRange.MAX_YEARS);
        assertThat(JfyRange.of(2017, 2017).years()).containsExactly(2017);
    }

    private static String field(Runnable refused) {
        try {
            refused.run();
        } catch (InvalidInputException problem) {
            assertThat(problem.problems()).singleElement().satisfies(one -> assertThat(one.message()).isNotBlank());
            return problem.problems().get(0).field();
        }
        throw new AssertionError("The range was accepted");
    }
}

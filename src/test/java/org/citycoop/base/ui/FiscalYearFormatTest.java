package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fiscal years as Japanese municipal documents write them, and as English reports do (DD025). */
class FiscalYearFormatTest {

    @Test
    void japaneseWritesTheEraYearFirstAndTheWesternYearBeside() {
        assertThat(FiscalYearFormat.of(2024, Locale.JAPANESE)).isEqualTo("令和6年度（2024年度）");
        assertThat(FiscalYearFormat.of(2020, Locale.JAPAN)).isEqualTo("令和2年度（2020年度）");
        assertThat(FiscalYearFormat.of(2018, Locale.JAPANESE)).isEqualTo("平成30年度（2018年度）");
    }

    @Test
    void theFiscalYearInWhichAnEraBeganIsItsFirstYearWrittenGan() {
        // April 2019 was still Heisei 31; offices wrote the year as Reiwa's first once it began on 1 May
        assertThat(FiscalYearFormat.of(2019, Locale.JAPANESE)).isEqualTo("令和元年度（2019年度）");
        // Heisei began on 8 January 1989, in the last quarter of FY1988, which stayed Showa 63
        assertThat(FiscalYearFormat.of(1988, Locale.JAPANESE)).isEqualTo("昭和63年度（1988年度）");
        assertThat(FiscalYearFormat.of(1989, Locale.JAPANESE)).isEqualTo("平成元年度（1989年度）");
    }

    @Test
    void englishAndAnyOtherLanguageWriteJfy() {
        assertThat(FiscalYearFormat.of(2024, Locale.ENGLISH)).isEqualTo("JFY 2024");
        assertThat(FiscalYearFormat.of(2019, Locale.forLanguageTag("id-ID"))).isEqualTo("JFY 2019");
    }
}

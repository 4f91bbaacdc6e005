package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and yen as each language writes them on the screens (DD025). */
class FormatsTest {

    private static final LocalDate FIRST_OF_APRIL = LocalDate.of(2024, 4, 1);

    @Test
    void datesInJapaneseAndInEnglish() {
        assertThat(Formats.date(FIRST_OF_APRIL, Locale.JAPANESE)).isEqualTo("2024年4月1日");
        assertThat(Formats.date(FIRST_OF_APRIL, Locale.ENGLISH)).isEqualTo("1 Apr 2024");
        assertThat(Formats.date(null, Locale.ENGLISH)).as("an open end").isEmpty();
        assertThat(Formats.dateTime(LocalDateTime.of(2024, 4, 1, 9, 5), Locale.JAPANESE)).isEqualTo("2024年4月1日 9:05");
        assertThat(Formats.dateTime(LocalDateTime.of(2024, 4, 1, 9, 5), Locale.ENGLISH)).isEqualTo("1 Apr 2024, 09:05");
    }

    @Test
    void datesInTheJapaneseCalendarNameTheEraOfThatDay() {
        assertThat(Formats.eraDate(FIRST_OF_APRIL)).isEqualTo("令和6年4月1日");
        assertThat(Formats.eraDate(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(Formats.eraDate(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
    }

    @Test
    void yenWithTheSuffixInJapaneseAndTheSignInEnglish() {
        assertThat(Formats.yen(1_200_000, Locale.JAPANESE)).isEqualTo("1,200,000円");
        assertThat(Formats.yen(1_200_000, Locale.ENGLISH)).isEqualTo("¥1,200,000");
        assertThat(Formats.yen(0, Locale.ENGLISH)).isEqualTo("¥0");
    }
}

package org.citycoop.base.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.citycoop.base.Languages;

/**
 * A Japanese fiscal year as the user's language writes it (DD025): in Japanese as municipal
 * documents do, era year first with the Western year beside it — 令和6年度（2024年度）,
 * 令和元年度（2019年度）; in English "JFY 2024".
 *
 * <p>The era is the one in force at the end of calendar year {@code jfy} — the era the year is
 * known by. So FY2019 (April 2019, still Heisei, to March 2020) is 令和元年度, as offices wrote it
 * once Reiwa began on 1 May 2019, and FY1988 is 昭和63年度, not a "Heisei 0".
 */
public final class FiscalYearFormat {

    private FiscalYearFormat() {
    }

    public static String of(int jfy, Locale locale) {
        if (!Languages.isJapanese(locale)) {
            return "JFY " + jfy;
        }
        return Formats.eraYear(LocalDate.of(jfy, 12, 31)) + "年度（" + jfy + "年度）";
    }
}

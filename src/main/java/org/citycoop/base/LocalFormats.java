package org.citycoop.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and yen in a reader's language (DD025), for the screens (base.ui.Formats) and for the
 * server's messages (Message) alike: 2024年4月1日 and 1,200,000円 in Japanese, 1 Apr 2024 and
 * ¥1,200,000 in English.
 */
public final class LocalFormats {

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private LocalFormats() {
    }

    /** Empty for no date (an imported project may not know its end). */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (Languages.isJapanese(locale) ? JAPANESE_DATE : ENGLISH_DATE).format(date);
    }

    /**
     * Japanese as a municipal budget table writes it; English with the ordinary sign
     * ({@code Locale.JAPAN}'s currency format writes the full-width "￥").
     */
    public static String yen(long amount, Locale locale) {
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
        return Languages.isJapanese(locale) ? digits + "円" : "¥" + digits;
    }
}

package org.citycoop.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.base.Languages;
import org.citycoop.base.LocalFormats;
import org.citycoop.name.Name;

/**
 * How screens write dates, numbers and yen, the same way everywhere, in the screen's language
 * (DD025): Japanese as documents of a municipal office write them (2024年4月1日, 1,200,000円),
 * English as a partner city reads them (1 Apr 2024, ¥1,200,000). Both group digits with commas.
 */
public final class Formats {

    /** Where the projects are run from: the day of an instant is the day in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter JAPANESE_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** The language of the screen being built; English where there is no screen (a background thread). */
    public static Locale screenLocale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** The form of the name in the screen's language (dense lists and cards); DD029. */
    public static String name(Name name) {
        return name.in(screenLocale());
    }

    /** The screen's form with the other beside it, "北九州市 (City of Kitakyushu)": where the reader may know either. */
    public static String nameWithOther(Name name) {
        return name.withOther(screenLocale());
    }

    /** 2024年4月1日 or 1 Apr 2024; empty for no date (an imported project may not know its end). */
    public static String date(LocalDate date, Locale locale) {
        return LocalFormats.date(date, locale);
    }

    public static String date(LocalDate date) {
        return date(date, screenLocale());
    }

    /** The day of an instant in Japan. */
    public static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(JAPAN).toLocalDate());
    }

    /** 2024年4月1日 9:30 or 1 Apr 2024, 09:30. */
    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        if (dateTime == null) {
            return "";
        }
        return Languages.isJapanese(locale)
                ? date(dateTime.toLocalDate(), locale) + " " + JAPANESE_TIME.format(dateTime)
                : date(dateTime.toLocalDate(), locale) + ", " + ENGLISH_TIME.format(dateTime);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime(dateTime, screenLocale());
    }

    /** Day and time of an instant in Japan. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, JAPAN));
    }

    /**
     * The date of an official document (an agreement signed, its expiry): in Japanese in the
     * Japanese calendar, as the document itself is dated (令和6年4月1日); in English as {@link #date}.
     */
    public static String documentDate(LocalDate date) {
        return date != null && Languages.isJapanese(screenLocale()) ? eraDate(date) : date(date);
    }

    /** A date in the Japanese calendar: 令和6年4月1日, 令和元年5月1日. */
    static String eraDate(LocalDate date) {
        return eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The era and its year on that day: 令和6, and for an era's first year 令和元, as Japanese writes it. */
    static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra));
    }

    /** 1,200,000円 in Japanese, as a municipal budget table writes it; ¥1,200,000 in English (LocalFormats). */
    public static String yen(long amount, Locale locale) {
        return LocalFormats.yen(amount, locale);
    }

    public static String yen(long amount) {
        return yen(amount, screenLocale());
    }

    /** 2027年4月 or Apr 2027: a month of planned timing. */
    public static String month(YearMonth month) {
        Locale locale = screenLocale();
        return month.format(Languages.isJapanese(locale)
                ? DateTimeFormatter.ofPattern("uuuu年M月", Locale.JAPANESE) : DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH));
    }

    /** Languages by their ISO 639 codes, named in the screen's language: 中国語、英語 or Chinese, English. */
    public static String languages(List<String> codes) {
        Locale locale = screenLocale();
        String separator = Languages.isJapanese(locale) ? "、" : ", ";
        return codes.stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).collect(Collectors.joining(separator));
    }
}

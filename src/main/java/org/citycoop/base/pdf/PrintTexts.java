package org.citycoop.base.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.citycoop.base.LocalFormats;
import org.citycoop.name.Name;

/**
 * The words and formats of a printed document in one language. The documents' own texts are in
 * their bundle (print/documents*.properties); the labels they share with the screens (a status, a
 * criterion) come from the screens' bundle (vaadin-i18n/translations*.properties), so one word is
 * written once; the documents' vocabulary is kept apart as one (DD024). Japanese dates are written as
 * municipal documents write them, in the era calendar (令和9年4月1日).
 */
public final class PrintTexts {

    private static final String DOCUMENTS = "print.documents";
    private static final String SCREENS = "vaadin-i18n.translations";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Locale locale;
    private final ResourceBundle documents;
    private final ResourceBundle screens;
    private final DateTimeFormatter dates;

    private PrintTexts(Locale locale) {
        this.locale = locale;
        this.documents = bundle(DOCUMENTS, locale);
        this.screens = bundle(SCREENS, locale);
        this.dates = isJapanese()
                ? DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPANESE).withChronology(JapaneseChronology.INSTANCE)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The texts for {@code locale}; English when it is null (a caller without a screen). */
    public static PrintTexts of(Locale locale) {
        return new PrintTexts(locale == null ? Locale.ENGLISH : locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code arguments} put in as the screens do (MessageFormat only when there are some). */
    public String get(String key, Object... arguments) {
        String pattern = documents.containsKey(key) ? documents.getString(key) : screens.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A date, or an en dash when there is none. */
    /** The name's form in the document's language (DD029). */
    public String name(Name name) {
        return name.in(locale);
    }

    public String date(LocalDate date) {
        return date == null ? "–" : dates.format(date);
    }

    /** The day in Japan on which {@code instant} fell. */
    public String date(Instant instant) {
        return instant == null ? "–" : date(instant.atZone(JAPAN).toLocalDate());
    }

    /** A measured value as the locale writes numbers, without trailing zeros (12.5, not 12.5000). */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** As the screens write it (LocalFormats): 18,000,000円 in Japanese, ¥18,000,000 in English. */
    public String yen(long amount) {
        return LocalFormats.yen(amount, locale);
    }

    /** No fallback to the server's default locale: a language without a file prints the English base bundle. */
    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }
}

package org.citycoop.name;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The name of an organisation, place or person in its English and Japanese forms, at least one of
 * them given (DD029). Serializable: the signed-in user, kept in the session, carries their names. Screens show {@link #in the user's form}, or {@link #withOther it with the other
 * beside it} where a reader may know the organisation by either (a page's header, the register);
 * dense lists show the user's form only. A missing form falls back to the other.
 */
public record Name(String en, String ja) implements Serializable {

    public Name {
        en = blankToNull(en);
        ja = blankToNull(ja);
        if (en == null && ja == null) {
            throw new IllegalArgumentException("A name needs an English or a Japanese form");
        }
    }

    /** A name known in English only (reference lists without a Japanese form). */
    public static Name english(String en) {
        return new Name(en, null);
    }

    /** The form for {@code locale}: Japanese for a Japanese user, English for anyone else; the other when absent. */
    public String in(Locale locale) {
        return isJapanese(locale) ? firstOf(ja, en) : firstOf(en, ja);
    }

    /** The user's form with the other beside it in brackets, "北九州市 (City of Kitakyushu)"; alone when there is no other. */
    public String withOther(Locale locale) {
        String shown = in(locale);
        String other = isJapanese(locale) ? en : ja;
        return other == null || other.equals(shown) ? shown : shown + " (" + other + ")";
    }

    /**
     * The order in which a reader looks names up: their form for {@code locale}, compared by that
     * language's collation (a Japanese reader's list follows the Japanese forms; without a reading of each
     * name, kanji follow the collation's order, not the 50-sound order, DD029).
     */
    public static Comparator<Name> readingOrder(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing(name -> name.in(locale), collator);
    }

    /** The form logs, audit sentences and files for other systems write: English, else Japanese (the stored {@code name}). */
    @Override
    public String toString() {
        return firstOf(en, ja);
    }

    // as base.Languages decides, which this module may not use: base depends on security, whose signed-in user has names
    private static boolean isJapanese(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    private static String firstOf(String preferred, String other) {
        return preferred != null ? preferred : other;
    }

    private static String blankToNull(String form) {
        return form == null || form.isBlank() ? null : form.strip();
    }
}

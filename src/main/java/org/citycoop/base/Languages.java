package org.citycoop.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the screens are written in: English first (what any other browser gets), then Japanese. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.JAPANESE);

    private Languages() {
    }

    /** The supported language of {@code tag} (e.g. "ja"), if it is one. */
    public static Optional<Locale> of(String tag) {
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(tag)).findFirst();
    }

    public static boolean isJapanese(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }
}

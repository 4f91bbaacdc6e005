package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provider the screens ask gives every Japanese text exactly as the UTF-8 file holds it,
 * English to every other language, and does not follow the server's own locale (DD026).
 */
class BundleTranslationsTest {

    private final BundleTranslations translations = new BundleTranslations();
    private final Locale serverLocale = Locale.getDefault();

    @AfterEach
    void restoreServerLocale() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void everyJapaneseTextArrivesAsWritten() throws IOException {
        Properties japanese = read("src/main/resources/vaadin-i18n/translations_ja.properties");
        assertThat(japanese).hasSizeGreaterThan(1000);
        japanese.stringPropertyNames().forEach(key ->
                assertThat(translations.getTranslation(key, Locale.JAPANESE)).as(key).isEqualTo(japanese.getProperty(key)));
        assertThat(translations.getTranslation("nav.inbox", Locale.JAPAN)).isEqualTo("タスク一覧");
        assertThat(translations.getTranslation("inbox.my-tasks", Locale.JAPANESE, 3)).isEqualTo("自分のタスク（3件）");
        assertThat(translations.getTranslation("login.throttled.message", Locale.JAPANESE, 30)).endsWith("30秒後にもう一度お試しください。");
    }

    @Test
    void otherLanguagesGetEnglishEvenOnAJapaneseServer() throws IOException {
        Properties english = read("src/main/resources/vaadin-i18n/translations.properties");
        Locale.setDefault(Locale.JAPAN);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.US, Locale.forLanguageTag("id-ID"), Locale.ROOT}) {
            assertThat(translations.getTranslation("nav.inbox", locale)).as("%s", locale).isEqualTo(english.getProperty("nav.inbox"));
        }
        assertThat(translations.getTranslation("inbox.my-tasks", Locale.ENGLISH, 1200)).isEqualTo("My tasks (1,200)");
        assertThat(translations.getProvidedLocales()).as("English first: the language of browsers asking for neither")
                .containsExactly(Locale.ENGLISH, Locale.JAPANESE);
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailingTheScreen() {
        assertThat(translations.getTranslation("no.such.key", Locale.JAPANESE)).isEqualTo("!{no.such.key}");
    }

    private static Properties read(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}

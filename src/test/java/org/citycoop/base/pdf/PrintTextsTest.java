package org.citycoop.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The documents' words in both languages, and dates and yen as each language writes them. */
class PrintTextsTest {

    @Test
    void everyTextOfTheDocumentsIsInEnglishAndInJapanese() throws IOException {
        assertThat(keysOf("/print/documents_ja.properties")).as("keys of the Japanese documents")
                .isEqualTo(keysOf("/print/documents.properties"));
    }

    @Test
    void japaneseDocumentsWriteEraDatesAndYenAfterTheAmount() {
        PrintTexts japanese = PrintTexts.of(Locale.JAPAN);

        assertThat(japanese.date(LocalDate.of(2027, 4, 1))).isEqualTo("令和9年4月1日");
        assertThat(japanese.date(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(japanese.yen(25_000_000)).isEqualTo("25,000,000円");
        assertThat(japanese.get("print.funding.title")).isEqualTo("助成金申請書");
    }

    @Test
    void englishDocumentsWriteLongDatesAndTheYenSign() {
        PrintTexts english = PrintTexts.of(Locale.ENGLISH);

        assertThat(english.date(LocalDate.of(2027, 4, 1))).isEqualTo("April 1, 2027");
        assertThat(english.yen(25_000_000)).isEqualTo("¥25,000,000");
        assertThat(english.get("print.page", 1, 2)).isEqualTo("1 / 2");
        assertThat(english.get("funding.status.SUBMITTED")).as("a label shared with the screens").isEqualTo("Submitted to the agency");
    }

    @Test
    void aLanguageWithoutDocumentsPrintsEnglishWhateverTheServersLanguage() {
        assertThat(PrintTexts.of(Locale.forLanguageTag("id")).get("print.funding.title")).isEqualTo("Funding application");
    }

    private static java.util.Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PrintTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}

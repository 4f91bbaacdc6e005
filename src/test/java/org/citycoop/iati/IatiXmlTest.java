package org.citycoop.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The corners of the XML writer that a test run meets only by chance. */
class IatiXmlTest {

    @Test
    void aTimeOnTheFullMinuteKeepsItsSeconds() {
        // OffsetDateTime.toString() writes 15:02+09:00 here, which xsd:dateTime refuses
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IatiXml xml = IatiXml.startDocument(out)) {
            xml.start("iati-activities").dateTime("generated-datetime", OffsetDateTime.of(2026, 12, 2, 15, 2, 0, 0,
                    ZoneOffset.ofHours(9)));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generated-datetime=\"2026-12-02T15:02:00+09:00\"");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
        assertThat(IatiXml.clean("a\u0000b\u0007c\uFFFEd\uD800e 北九州 😀\t\n")).isEqualTo("abcde 北九州 😀\t\n");
        assertThat(IatiXml.clean(null)).isEmpty();
    }
}

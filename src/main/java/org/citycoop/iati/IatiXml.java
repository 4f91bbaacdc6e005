package org.citycoop.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.citycoop.name.Name;

/**
 * A thin layer over the JDK's streaming {@link XMLStreamWriter}: elements are written as they come,
 * so a file of thousands of activities never sits in memory. The writer escapes markup in text and
 * attributes; characters that XML 1.0 cannot carry at all (control characters pasted into a title)
 * are dropped here, or the file would not parse.
 */
final class IatiXml implements AutoCloseable {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private IatiXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static IatiXml startDocument(OutputStream out) {
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            return new IatiXml(writer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start the IATI XML", e);
        }
    }

    IatiXml start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    IatiXml end() {
        return run(xml::writeEndElement);
    }

    /** An attribute of the element just started; a null value leaves the attribute out. */
    IatiXml attribute(String name, Object value) {
        return value == null ? this : run(() -> xml.writeAttribute(name, clean(String.valueOf(value))));
    }

    IatiXml attribute(String name, LocalDate date) {
        return attribute(name, date == null ? null : date.toString());
    }

    IatiXml attribute(String name, BigDecimal number) {
        return attribute(name, number == null ? null : number.stripTrailingZeros().toPlainString());
    }

    IatiXml lang(String language) {
        // the xml prefix is bound in every document: no declaration needed
        return run(() -> xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language));
    }

    /** Always with seconds: {@code OffsetDateTime.toString()} drops ":00", which xsd:dateTime refuses. */
    IatiXml dateTime(String name, OffsetDateTime when) {
        return attribute(name, DATE_TIME.format(when));
    }

    /** {@code <name><narrative>text</narrative></name>}: every text in IATI is a narrative. */
    IatiXml narrativeElement(String name, String text) {
        return start(name).narrative(text).end();
    }

    IatiXml narrative(String text) {
        return start("narrative").text(text).end();
    }

    /** One narrative per form of the name, each with its language: IATI allows a narrative per language (DD029). */
    IatiXml narratives(Name name) {
        if (name.en() != null) {
            start("narrative").lang("en").text(name.en()).end();
        }
        if (name.ja() != null) {
            start("narrative").lang("ja").text(name.ja()).end();
        }
        return this;
    }

    IatiXml text(String text) {
        return run(() -> xml.writeCharacters(clean(text)));
    }

    /** An element with attributes only, given as name-value pairs. */
    IatiXml empty(String name, Object... attributes) {
        run(() -> xml.writeEmptyElement(name));
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            attribute((String) attributes[i], value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value);
        }
        return this;
    }

    @Override
    public void close() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    /** Keeps only the characters XML 1.0 allows (tab, line breaks and everything from U+0020, minus the non-characters). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(IatiXml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private IatiXml run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the IATI XML", e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}

package org.citycoop.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.Message;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The inside of an Office document (docx, xlsx, pptx): a ZIP package of XML parts. Nothing is
 * extracted; the package is read once, as a stream, to refuse what would harm whoever opens it
 * later (a converter, an indexer, a colleague's office suite):
 * <ul>
 * <li>a zip bomb: more than {@link #MAX_INFLATED_BYTES} inflated in all, or more than {@link #MAX_ENTRIES} parts;
 *     reading stops at the limit, so the bomb never inflates here either;</li>
 * <li>XML with a document type declaration: Office never writes one, and it is what external
 *     entities and entity bombs (billion laughs) need; the parser refuses it before reading any entity;</li>
 * <li>a package without the main part of its claimed type: a ZIP renamed .docx is no Word document.</li>
 * </ul>
 */
final class OfficePackage {

    /** Far above any real document's XML (a 20 MB docx inflates to well under 100 MB), far below a bomb's. */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private static final Map<String, String> MAIN_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml");

    private OfficePackage() {
    }

    static boolean isOffice(String type) {
        return MAIN_PART.containsKey(type);
    }

    /** Why the package of {@code type} is refused, or empty when it is a plain Office document. */
    static Optional<Message> problemOf(byte[] content, String type) {
        Set<String> parts = new HashSet<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            InflatedBytes inflated = new InflatedBytes(zip);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(Message.of("document.problem.office.too-many-parts"));
                }
                parts.add(entry.getName());
                if (isXml(entry.getName())) {
                    parseWithoutDoctype(inflated);
                } else {
                    inflated.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (InflatedBytes.LimitExceeded bomb) {
            return Optional.of(Message.of("document.problem.office.too-large", MAX_INFLATED_BYTES / 1024 / 1024));
        } catch (SAXException | IOException broken) {
            return Optional.of(Message.of("document.problem.office.damaged"));
        }
        if (!parts.contains("[Content_Types].xml") || !parts.contains(MAIN_PART.get(type))) {
            return Optional.of(Message.of("document.problem.office.wrong-type"));
        }
        return Optional.empty();
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    }

    /** Parses one part, refusing any DOCTYPE (OWASP's advice: it closes external entities and entity bombs alike). */
    private static void parseWithoutDoctype(InputStream part) throws IOException, SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(part, new DefaultHandler());
        } catch (ParserConfigurationException notSupported) {
            throw new IllegalStateException("The XML parser cannot refuse DOCTYPEs", notSupported);
        }
    }

    /**
     * The bytes inflated from the package, part after part, counted over all parts: reading fails
     * once they pass the limit. Closing it (the XML parser closes its input) leaves the package open.
     */
    private static final class InflatedBytes extends FilterInputStream {

        private long count;

        InflatedBytes(ZipInputStream zip) {
            super(zip);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        @Override
        public void close() {
            // the next part comes from the same package
        }

        private void counted(int read) throws LimitExceeded {
            count += read;
            if (count > MAX_INFLATED_BYTES) {
                throw new LimitExceeded();
            }
        }

        static final class LimitExceeded extends IOException {
            LimitExceeded() {
                super("Inflated past " + MAX_INFLATED_BYTES + " bytes");
            }
        }
    }
}

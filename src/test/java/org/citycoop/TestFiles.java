package org.citycoop;

import java.nio.charset.StandardCharsets;

/** Small files whose content is what their name says, for upload tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal PDF: the server recognises it by its content. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}

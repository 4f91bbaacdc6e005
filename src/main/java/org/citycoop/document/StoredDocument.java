package org.citycoop.document;

/** A stored document with its content, to download. */
public record StoredDocument(DocumentRef ref, byte[] content) {
}

package org.citycoop.document;

import java.time.Instant;

/** A stored document without its content. */
public record DocumentRef(long id, String kind, String fileName, String contentType, int sizeBytes, int version,
                          String uploadedBy, Instant uploadedAt) {
}

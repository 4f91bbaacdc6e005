package org.citycoop.marketplace;

import java.time.Instant;
import org.citycoop.name.Name;

/** A comment in the discussion of a request, with its author's name and organisation. */
public record RequestComment(String author, Name authorName, Name organisationName, String body, Instant writtenAt) {
}

package org.citycoop.marketplace;

import java.time.Instant;
import org.citycoop.name.Name;

/** "We can help": an organisation's answer to a request. */
public record RequestAnswer(String organisationCode, Name organisationName, String answeredBy, String message, Instant answeredAt) {
}

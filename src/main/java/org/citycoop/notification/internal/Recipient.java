package org.citycoop.notification.internal;

import org.citycoop.name.Name;
import java.util.Locale;
import org.citycoop.notification.Delivery;

/** A user to notify of one kind: their address (may be null), their e-mail language and their choice for the kind. */
record Recipient(String username, Name displayName, String email, Locale locale, Delivery delivery) {
}

package org.citycoop.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user's choices: the address and language of their e-mails, and how each kind reaches them.
 * {@code email} may be empty (then nothing is e-mailed); {@code language} is "en" or "ja"; a kind
 * without a choice comes by e-mail.
 */
public record NotificationSettings(String email, String language, Map<NotificationKind, Delivery> deliveries) {

    public NotificationSettings {
        Map<NotificationKind, Delivery> complete = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            complete.put(kind, Objects.requireNonNullElse(deliveries.get(kind), Delivery.EMAIL));
        }
        deliveries = Map.copyOf(complete);
    }
}

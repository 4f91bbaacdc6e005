package org.citycoop.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.citycoop.notification.Delivery;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notifies users in the caller's transaction: a notification for the bell of each, and by each
 * one's choice an e-mail in the outbox (in their language) or a place in tomorrow's digest. E-mail
 * only when it is switched on ({@code citycoop.mail.enabled}) and the user has an address.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final Clock clock;
    private final boolean mailEnabled;

    Notifier(NotificationRepository notifications, MailOutbox outbox, MailTexts texts, Clock clock,
             @Value("${citycoop.mail.enabled:false}") boolean mailEnabled) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
    }

    void notify(Collection<String> usernames, NotificationKind kind, String projectCode, String subject, String link) {
        for (Recipient recipient : notifications.recipients(usernames, kind)) {
            boolean byEmail = mailEnabled && recipient.email() != null && !recipient.email().isBlank();
            notifications.insert(recipient.username(), kind, projectCode, subject, link,
                    byEmail && recipient.delivery() == Delivery.DAILY_DIGEST);
            if (byEmail && recipient.delivery() == Delivery.EMAIL) {
                outbox.enqueue(texts.single(recipient, new Notification(0, kind, projectCode, subject, link, Instant.now(clock), false)));
            }
        }
    }
}

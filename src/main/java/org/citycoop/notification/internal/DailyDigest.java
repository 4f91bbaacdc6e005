package org.citycoop.notification.internal;

import java.util.List;
import org.citycoop.notification.Notification;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, one e-mail per user listing the notifications they chose to get as a digest. The
 * digest goes into the outbox in the same transaction that takes the notifications off the waiting
 * list, so a crash neither loses nor doubles it; on several nodes the row locks let one node take each.
 */
@Component
@ConditionalOnProperty(name = "citycoop.mail.enabled", havingValue = "true")
class DailyDigest {

    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final MailTexts texts;

    DailyDigest(NotificationRepository notifications, MailOutbox outbox, MailTexts texts) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** At 07:30 in Japan, before the offices open. */
    @Scheduled(cron = "${citycoop.mail.digest-cron:0 30 7 * * *}", zone = "Asia/Tokyo")
    @Transactional
    public int send() {
        int sent = 0;
        for (String username : notifications.awaitingDigest()) {
            List<Notification> waiting = notifications.takeDigestOf(username);
            var recipient = notifications.digestRecipient(username);
            if (!waiting.isEmpty() && recipient.isPresent()) {
                outbox.enqueue(texts.digest(recipient.get(), waiting));
                sent++;
            }
        }
        return sent;
    }
}

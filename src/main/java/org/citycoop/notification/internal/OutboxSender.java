package org.citycoop.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due e-mails through SMTP, apart from any user's transaction: a mail server
 * that is down delays e-mails, never a task. A failed e-mail is tried again after a wait that doubles
 * each time ({@code first-retry}, 2×, 4×, … up to six hours); after {@code max-attempts} it is given up
 * and shown to the administrators ({@code admin/mail-outbox}). Only when e-mail is switched on.
 */
@Component
@ConditionalOnProperty(name = "citycoop.mail.enabled", havingValue = "true")
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final MailOutbox outbox;
    private final JavaMailSender mail;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String from;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final int batchSize;

    OutboxSender(MailOutbox outbox, JavaMailSender mail, Clock clock, PlatformTransactionManager transactionManager,
                 @Value("${citycoop.mail.from}") String from,
                 @Value("${citycoop.mail.max-attempts:8}") int maxAttempts,
                 @Value("${citycoop.mail.first-retry:PT1M}") Duration firstRetry,
                 @Value("${citycoop.mail.batch-size:50}") int batchSize) {
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${citycoop.mail.send-interval:PT30S}", initialDelayString = "${citycoop.mail.send-initial-delay:PT30S}")
    void sendDue() {
        sendDue(Instant.now(clock));
    }

    /**
     * Sends what is due at {@code now}, batch by batch, each batch in a transaction of its own that
     * holds its rows locked while it sends; returns how many e-mails went out. A failed e-mail's next
     * attempt lies after {@code now}, so the loop ends.
     */
    int sendDue(Instant now) {
        int sent = 0;
        for (Batch batch = sendBatch(now); batch.tried() > 0; batch = sendBatch(now)) {
            sent += batch.sent();
        }
        return sent;
    }

    private Batch sendBatch(Instant now) {
        return transactions.execute(status -> {
            List<MailOutbox.Due> due = outbox.lockDue(now, batchSize);
            int sent = 0;
            for (MailOutbox.Due message : due) {
                if (send(message, now)) {
                    sent++;
                }
            }
            return new Batch(due.size(), sent);
        });
    }

    private boolean send(MailOutbox.Due message, Instant now) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(message.recipient());
        email.setSubject(message.subject());
        email.setText(message.body());
        try {
            mail.send(email);
            outbox.sent(message.id(), now);
            return true;
        } catch (MailException failure) {
            int attempts = message.attempts() + 1;
            log.warn("E-mail {} to {} failed (attempt {} of {}): {}", message.id(), message.recipient(), attempts, maxAttempts,
                    failure.getMessage());
            if (attempts >= maxAttempts) {
                outbox.giveUp(message.id(), failure.getMessage());
            } else {
                outbox.retryAt(message.id(), failure.getMessage(), now.plus(waitAfter(attempts)));
            }
            return false;
        }
    }

    private Duration waitAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private record Batch(int tried, int sent) {
    }
}

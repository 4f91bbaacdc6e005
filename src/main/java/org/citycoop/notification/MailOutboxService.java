package org.citycoop.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.NotAvailableException;
import org.citycoop.notification.internal.MailOutbox;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: the e-mails that could not be sent after every attempt, and sending one again
 * (once the address or the mail server is put right). Anyone else is refused.
 */
@Service
public class MailOutboxService {

    private static final int SHOWN = 200;

    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    MailOutboxService(MailOutbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest 200 e-mails given up, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMail> failed(CityCoopUser admin) {
        requireAdmin(admin);
        return outbox.failed(SHOWN);
    }

    /** How many e-mails wait to be sent (new ones and those to be tried again). */
    @Transactional(readOnly = true)
    public long pendingCount(CityCoopUser admin) {
        requireAdmin(admin);
        return outbox.pendingCount();
    }

    /** Puts a given-up e-mail back into the queue with fresh attempts; one that is not given up is not available. */
    @Transactional
    public void sendAgain(long mailId, CityCoopUser admin) {
        requireAdmin(admin);
        if (!outbox.retry(mailId, Instant.now(clock))) {
            throw new NotAvailableException("E-mail " + mailId + " is not a failed e-mail of the outbox");
        }
        audit.recordReferenceChange(admin.getUsername(), "MAIL_SENT_AGAIN", "E-mail " + mailId);
    }

    private static void requireAdmin(CityCoopUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new NotAvailableException("The mail outbox is for administrators; " + user.getUsername() + " is none");
        }
    }
}

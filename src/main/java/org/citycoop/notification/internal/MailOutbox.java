package org.citycoop.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.citycoop.notification.OutboxMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails to send: written in the transaction of the change that caused them (so a rolled-back
 * change sends nothing), sent after commit by {@link OutboxSender}.
 */
@Repository
public class MailOutbox {

    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(MailTexts.Mail mail) {
        jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:recipient, :subject, :body)")
                .param("recipient", mail.recipient()).param("subject", mail.subject()).param("body", mail.body())
                .update();
    }

    /**
     * Locks the next e-mails due at {@code now} for the caller's transaction. Locked rows are skipped,
     * so several nodes send at once without sending any e-mail twice (DD023).
     */
    List<Due> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, body, attempts from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit
                        for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** A failed attempt, to be tried again at {@code nextAttempt}. */
    void retryAt(long id, String error, Instant nextAttempt) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :next where id = :id")
                .param("error", cut(error)).param("next", Timestamp.from(nextAttempt)).param("id", id)
                .update();
    }

    /** The last attempt failed: the e-mail is given up and shown to the administrators. */
    void giveUp(long id, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error, status = 'FAILED' where id = :id")
                .param("error", cut(error)).param("id", id)
                .update();
    }

    private static String cut(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    public List<OutboxMail> failed(int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, attempts, last_error, created_at, next_attempt_at from mail_outbox
                        where status = 'FAILED' order by created_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public long pendingCount() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single();
    }

    /** A failed e-mail goes back into the queue with fresh attempts; returns whether there was such a failed e-mail. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                        where id = :id and status = 'FAILED'""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** An e-mail due now, locked by the sender's transaction. */
    record Due(long id, String recipient, String subject, String body, int attempts) {
    }
}

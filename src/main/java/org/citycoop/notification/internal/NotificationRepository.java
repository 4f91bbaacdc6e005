package org.citycoop.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.name.Name;
import org.citycoop.notification.Delivery;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications of each user, their choices, and who is in an engine group. */
@Repository
public class NotificationRepository {

    private static final String NOTIFICATION = "select id, kind, project_code, subject, link, created_at, read_at is not null from notification ";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled users of engine groups ({@code KIT:officer}): the people a group's task is for. */
    Set<String> membersOf(Collection<String> engineGroups) {
        Set<String> members = new LinkedHashSet<>();
        for (String group : engineGroups) {
            int colon = group.indexOf(':');
            if (colon < 0) {
                continue;
            }
            members.addAll(jdbc.sql("""
                            select u.username from app_user u
                            join organisation o on o.id = u.organisation_id
                            join app_user_role r on r.user_id = u.id
                            where o.code = :organisation and r.role = :role and u.enabled
                            order by u.username""")
                    .param("organisation", group.substring(0, colon)).param("role", group.substring(colon + 1))
                    .query(String.class).list());
        }
        return members;
    }

    /** The enabled users among {@code usernames} with their address, language and choice for {@code kind}. */
    List<Recipient> recipients(Collection<String> usernames, NotificationKind kind) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.username, u.display_name_en, u.display_name_ja, u.email, coalesce(u.preferred_language, 'en'), coalesce(p.delivery, 'EMAIL')
                        from app_user u
                        left join notification_preference p on p.username = u.username and p.kind = :kind
                        where u.username in (:usernames) and u.enabled
                        order by u.username""")
                .param("usernames", usernames).param("kind", kind.name())
                .query(NotificationRepository::recipient)
                .list();
    }

    /** The user as the addressee of their digest, when enabled and with an address. */
    Optional<Recipient> digestRecipient(String username) {
        return jdbc.sql("""
                        select username, display_name_en, display_name_ja, email, coalesce(preferred_language, 'en'), 'DAILY_DIGEST'
                        from app_user where username = :username and enabled and email is not null""")
                .param("username", username)
                .query(NotificationRepository::recipient)
                .optional();
    }

    void insert(String username, NotificationKind kind, String projectCode, String subject, String link, boolean forDigest) {
        jdbc.sql("""
                        insert into notification (username, kind, project_code, subject, link, digest_pending)
                        values (:username, :kind, :project, :subject, :link, :digest)""")
                .param("username", username).param("kind", kind.name()).param("project", projectCode)
                .param("subject", subject).param("link", link).param("digest", forDigest)
                .update();
    }

    public List<Notification> latestOf(String username, int limit) {
        return jdbc.sql(NOTIFICATION + "where username = :username order by created_at desc, id desc limit :limit")
                .param("username", username).param("limit", limit)
                .query(NotificationRepository::notification).list();
    }

    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from notification where username = :username and read_at is null")
                .param("username", username).query(Long.class).single();
    }

    /** The user's notification with this id; empty for another user's, so that nobody learns whether it exists. */
    public Optional<Notification> ownedBy(String username, long id) {
        return jdbc.sql(NOTIFICATION + "where id = :id and username = :username")
                .param("id", id).param("username", username)
                .query(NotificationRepository::notification).optional();
    }

    public void markRead(String username, long id, Instant at) {
        jdbc.sql("update notification set read_at = :at where id = :id and username = :username and read_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("username", username).update();
    }

    public int markAllRead(String username, Instant at) {
        return jdbc.sql("update notification set read_at = :at where username = :username and read_at is null")
                .param("at", Timestamp.from(at)).param("username", username).update();
    }

    /** Users with notifications waiting for their digest. */
    List<String> awaitingDigest() {
        return jdbc.sql("select distinct username from notification where digest_pending order by username")
                .query(String.class).list();
    }

    /** Takes the user's notifications waiting for a digest: they leave the waiting list in the caller's transaction. */
    List<Notification> takeDigestOf(String username) {
        List<Notification> waiting = jdbc.sql(NOTIFICATION + "where username = :username and digest_pending order by created_at, id for update")
                .param("username", username).query(NotificationRepository::notification).list();
        jdbc.sql("update notification set digest_pending = false where username = :username and digest_pending")
                .param("username", username).update();
        return waiting;
    }

    public Map<NotificationKind, Delivery> deliveriesOf(String username) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        jdbc.sql("select kind, delivery from notification_preference where username = :username")
                .param("username", username)
                .query((rs, row) -> chosen.put(NotificationKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))))
                .list();
        return chosen;
    }

    public Optional<String> emailOf(String username) {
        return jdbc.sql("select email from app_user where username = :username").param("username", username)
                .query(String.class).optional();
    }

    public Optional<String> languageOf(String username) {
        return jdbc.sql("select preferred_language from app_user where username = :username").param("username", username)
                .query(String.class).optional();
    }

    public void save(String username, String email, String language, Map<NotificationKind, Delivery> deliveries) {
        jdbc.sql("update app_user set email = :email, preferred_language = :language where username = :username")
                .param("email", email).param("language", language).param("username", username).update();
        deliveries.forEach((kind, delivery) -> jdbc.sql("""
                        insert into notification_preference (username, kind, delivery) values (:username, :kind, :delivery)
                        on conflict (username, kind) do update set delivery = excluded.delivery""")
                .param("username", username).param("kind", kind.name()).param("delivery", delivery.name()).update());
    }

    private static Recipient recipient(ResultSet rs, int row) throws SQLException {
        return new Recipient(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), rs.getString(4),
                Locale.forLanguageTag(rs.getString(5)), Delivery.valueOf(rs.getString(6)));
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7));
    }
}

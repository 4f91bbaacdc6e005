package org.citycoop.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citycoop.base.InvalidInputException;
import org.citycoop.notification.internal.NotificationRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications (the bell and its list) and their choices of how each kind
 * reaches them. Every method acts on the given user's notifications only: another user's id is
 * {@link NotificationNotAvailableException}, the same answer as a missing one.
 */
@Service
public class NotificationService {

    /** The languages e-mails are written in: those of the message bundles. */
    public static final Set<String> LANGUAGES = Set.of("en", "ja");
    private static final int SHOWN = 100;
    private static final int MAX_EMAIL = 254;
    /** One @, no spaces, a dot in the domain: enough to catch typing errors; the mail server says the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The user's latest notifications (100), newest first, read or not. */
    @Transactional(readOnly = true)
    public List<Notification> notificationsOf(CityCoopUser user) {
        return notifications.latestOf(user.getUsername(), SHOWN);
    }

    @Transactional(readOnly = true)
    public long unreadCount(CityCoopUser user) {
        return notifications.unreadCount(user.getUsername());
    }

    /** The user opens one of their notifications: it is read from now on; its {@code link} says where to go. */
    @Transactional
    public Notification open(long notificationId, CityCoopUser user) {
        Notification notification = notifications.ownedBy(user.getUsername(), notificationId)
                .orElseThrow(() -> new NotificationNotAvailableException(notificationId));
        notifications.markRead(user.getUsername(), notificationId, Instant.now(clock));
        return notification;
    }

    /** Marks all the user's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(CityCoopUser user) {
        return notifications.markAllRead(user.getUsername(), Instant.now(clock));
    }

    @Transactional(readOnly = true)
    public NotificationSettings settingsOf(CityCoopUser user) {
        String username = user.getUsername();
        return new NotificationSettings(notifications.emailOf(username).orElse(""), notifications.languageOf(username).orElse("en"),
                notifications.deliveriesOf(username));
    }

    /**
     * Saves the user's choices. Fields in errors: {@code email} (empty: no e-mails, whatever the kinds
     * say) and {@code language}. A refused choice saves nothing.
     */
    @Transactional
    public void save(NotificationSettings settings, CityCoopUser user) {
        String email = settings.email() == null ? "" : settings.email().strip();
        if (email.length() > MAX_EMAIL || !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw InvalidInputException.of("email", "notification-settings.problem.email", MAX_EMAIL);
        }
        if (!LANGUAGES.contains(settings.language())) {
            throw InvalidInputException.of("language", "notification-settings.problem.language");
        }
        notifications.save(user.getUsername(), email.isEmpty() ? null : email, settings.language(), settings.deliveries());
    }
}

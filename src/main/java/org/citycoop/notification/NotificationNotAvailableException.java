package org.citycoop.notification;

import org.citycoop.base.NotAvailableException;

/** No such notification, or another user's: deliberately the same answer. */
public class NotificationNotAvailableException extends NotAvailableException {

    public NotificationNotAvailableException(long notificationId) {
        super("Notification " + notificationId + " is not the user's");
    }

    @Override
    public String messageKey() {
        return "notifications.not-available";
    }
}

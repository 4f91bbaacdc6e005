package org.citycoop.notification;

/** How a kind of notification reaches a user besides the bell, which shows every kind. */
public enum Delivery {
    IN_APP_ONLY,
    /** An e-mail for each notification, sent shortly after the change that caused it. */
    EMAIL,
    /** One e-mail a day listing the day's notifications of the kinds chosen so. */
    DAILY_DIGEST
}

package org.citycoop.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.citycoop.base.ui.HeaderEntry;
import org.citycoop.notification.NotificationService;
import org.citycoop.security.CityCoopUser;

/** The bell in the header: the number of the user's unread notifications, and the way to their list. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderEntry {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> of(CityCoopUser user) {
        long unread = notifications.unreadCount(user);
        Anchor bell = new Anchor(NotificationsView.ROUTE, VaadinIcon.BELL.create());
        bell.addClassName("notification-bell");
        bell.getElement().setAttribute("aria-label", unread == 0 ? bell.getTranslation("notifications.bell")
                : bell.getTranslation("notifications.bell.unread", unread));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            // styled like the menu's unread counts
            count.addClassNames("nav-count", "notification-count");
            bell.add(count);
        }
        return Optional.of(bell);
    }
}

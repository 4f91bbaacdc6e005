package org.citycoop.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.RouteIds;
import org.citycoop.notification.NotificationService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * Opening a notification ({@code notifications/<id>}): marks it read and goes on to what it is about
 * (a task's screen, a mention, a project page), where that screen checks access again. Another
 * user's notification is refused like a missing one.
 */
@Route(value = NotificationsView.ROUTE + "/:" + NotificationOpenView.NOTIFICATION_ID, layout = MainLayout.class)
@PermitAll
class NotificationOpenView extends Div implements BeforeEnterObserver {

    static final String NOTIFICATION_ID = "notificationId";

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationOpenView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    static String routeOf(long notificationId) {
        return NotificationsView.ROUTE + "/" + notificationId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, NOTIFICATION_ID);
        CityCoopUser user = currentUser.require();
        TaskScreens.load(event, () -> notifications.open(id, user)).ifPresent(notification -> event.forwardTo(notification.link()));
    }
}

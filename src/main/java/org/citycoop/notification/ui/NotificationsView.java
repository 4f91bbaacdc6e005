package org.citycoop.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;

/**
 * The signed-in user's notifications, newest first, unread ones marked. Each opens through
 * {@link NotificationOpenView}, which marks it read and goes on to its task, mention or project.
 */
@Route(value = NotificationsView.ROUTE, layout = MainLayout.class)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifications";

    private final NotificationService notifications;
    private final CityCoopUser user;
    private final VerticalLayout list = new VerticalLayout();

    NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.user = currentUser.require();
        addClassName("notifications");
        Button allRead = new Button(getTranslation("notifications.mark-all-read"), click -> {
            notifications.markAllRead(user);
            show(notifications.notificationsOf(user));
            // a navigation makes the layout ask the bell again
            getUI().ifPresent(ui -> ui.navigate(NotificationsView.class));
        });
        Anchor settings = new Anchor(NotificationSettingsView.ROUTE, getTranslation("notifications.settings"));
        // who is told of my tasks while I am away is decided on the absence page (DD027), so it sits beside these settings
        Anchor absence = new Anchor("settings/absence", getTranslation("nav.absence"));
        list.setPadding(false);
        HorizontalLayout links = new HorizontalLayout(allRead, settings, absence);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.setWrap(true);
        add(new H2(getTranslation("notifications.title")), links, list);
        show(notifications.notificationsOf(user));
    }

    private void show(List<Notification> shown) {
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        shown.forEach(notification -> list.add(card(notification)));
    }

    private Anchor card(Notification notification) {
        Anchor card = new Anchor(NotificationOpenView.routeOf(notification.id()), "");
        card.addClassName("mention-card");
        if (!notification.read()) {
            card.addClassName("unread");
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.addClassName("mention-new");
            card.add(unread);
        }
        card.add(new Span(sentence(notification)));
        Span when = new Span(Formats.dateTime(notification.createdAt()));
        when.addClassName("entry-meta");
        card.add(when);
        return card;
    }

    private String sentence(Notification notification) {
        String subject = notification.subjectKey().map(this::getTranslation).orElse(notification.subject());
        return getTranslation(notification.sentenceKey(), subject, notification.projectCode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}

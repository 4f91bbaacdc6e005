package org.citycoop.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.notification.MailOutboxService;
import org.citycoop.notification.OutboxMail;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;

/**
 * For administrators: the e-mails the mail server did not take after every attempt, with the last
 * error, and sending one again once the cause is put right; and how many wait to be sent.
 */
@Route(value = MailOutboxView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/mail-outbox";

    private final MailOutboxService outbox;
    private final CityCoopUser admin;
    private final Paragraph pending = new Paragraph();
    private final Grid<OutboxMail> failed = new Grid<>(OutboxMail.class, false);

    MailOutboxView(MailOutboxService outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.admin = currentUser.require();
        failed.addColumn(OutboxMail::recipient).setHeader(getTranslation("mail-outbox.recipient")).setAutoWidth(true);
        failed.addColumn(OutboxMail::subject).setHeader(getTranslation("mail-outbox.subject")).setFlexGrow(2);
        failed.addColumn(OutboxMail::attempts).setHeader(getTranslation("mail-outbox.attempts")).setAutoWidth(true);
        failed.addColumn(OutboxMail::lastError).setHeader(getTranslation("mail-outbox.error")).setFlexGrow(2);
        failed.addColumn(mail -> Formats.dateTime(mail.createdAt())).setHeader(getTranslation("mail-outbox.created")).setAutoWidth(true);
        failed.addComponentColumn(this::sendAgain).setHeader(getTranslation("mail-outbox.action")).setAutoWidth(true);
        failed.setEmptyStateText(getTranslation("mail-outbox.none"));
        add(new H2(getTranslation("mail-outbox.title")), new Paragraph(getTranslation("mail-outbox.intro")), pending, failed);
        refresh();
    }

    private Button sendAgain(OutboxMail mail) {
        Button again = new Button(getTranslation("mail-outbox.send-again"), click -> {
            outbox.sendAgain(mail.id(), admin);
            Notification.show(getTranslation("mail-outbox.queued", mail.recipient()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return again;
    }

    private void refresh() {
        pending.setText(getTranslation("mail-outbox.pending", outbox.pendingCount(admin)));
        failed.setItems(outbox.failed(admin));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail-outbox.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.notification.Delivery;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.notification.NotificationSettings;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;

/**
 * The signed-in user's choices: their e-mail address and the language of their e-mails, and for
 * each kind of notification whether it comes only to the bell, by e-mail at once, or in the daily digest.
 */
@Route(value = NotificationSettingsView.ROUTE, layout = MainLayout.class)
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "settings/notifications";

    private final NotificationService notifications;
    private final CityCoopUser user;
    private final EmailField email = new EmailField();
    private final Select<String> language = new Select<>();
    private final Map<NotificationKind, Select<Delivery>> deliveries = new EnumMap<>(NotificationKind.class);

    NotificationSettingsView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.user = currentUser.require();
        setMaxWidth("720px");
        NotificationSettings settings = notifications.settingsOf(user);
        email.setLabel(getTranslation("notification-settings.email"));
        email.setHelperText(getTranslation("notification-settings.email.help"));
        email.setValue(settings.email());
        email.setWidthFull();
        language.setLabel(getTranslation("notification-settings.language"));
        language.setItems(List.of("en", "ja"));
        language.setItemLabelGenerator(code -> getTranslation("notification-settings.language." + code));
        language.setValue(settings.language());
        add(new H2(getTranslation("notification-settings.title")), new Paragraph(getTranslation("notification-settings.intro")),
                email, language);
        for (NotificationKind kind : NotificationKind.values()) {
            Select<Delivery> delivery = new Select<>();
            delivery.setLabel(getTranslation("notification-settings.kind." + kind.name()));
            delivery.setItems(Delivery.values());
            delivery.setItemLabelGenerator(value -> getTranslation("notification-settings.delivery." + value.name()));
            delivery.setValue(settings.deliveries().get(kind));
            delivery.setWidth("20em");
            deliveries.put(kind, delivery);
            add(delivery);
        }
        Button save = new Button(getTranslation("notification-settings.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        deliveries.forEach((kind, select) -> chosen.put(kind, select.getValue()));
        try {
            notifications.save(new NotificationSettings(email.getValue(), language.getValue(), chosen), user);
        } catch (InvalidInputException refused) {
            new ServerProblems().field("email", email).field("language", language).show(refused);
            return;
        }
        email.setInvalid(false);
        language.setInvalid(false);
        Notification.show(getTranslation("notification-settings.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification-settings.title") + " | " + getTranslation("app.name");
    }
}

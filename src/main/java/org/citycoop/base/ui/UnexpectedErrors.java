package org.citycoop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An exception that escapes a click or another event of a screen: logged in full with a short
 * reference, and shown to the user as that reference only. Vaadin's default handler only logs,
 * so the user's click would seem to do nothing; no exception text ever reaches the browser.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = log("handling an event", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ui.getTranslation("error.unexpected", reference), 8000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Logs the failure with a new reference and returns the reference, for the user to quote. */
    static String log(String doing, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error while {} (reference {})", doing, reference, failure);
        return reference;
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/**
 * A partner coordinator lands on the partner portal: the first time a signed-in partner opens the
 * start page (the inbox) in a session, they are taken to the portal. Afterwards the inbox stays
 * reachable from the menu.
 */
@Component
class PartnerLanding implements VaadinServiceInitListener {

    private static final String LANDED = PartnerLanding.class.getName() + ".landed";

    private final CurrentUser currentUser;

    PartnerLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(event ->
                currentUser.find().ifPresent(user -> {
                    VaadinSession session = event.getUI().getSession();
                    if (session.getAttribute(LANDED) != null) {
                        return;
                    }
                    session.setAttribute(LANDED, Boolean.TRUE);
                    if (user.hasRole(Roles.PARTNER) && event.getLocation().getPath().isEmpty()) {
                        event.forwardTo(PartnerPortalView.class);
                    }
                })));
    }
}

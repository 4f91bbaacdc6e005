package org.citycoop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.citycoop.base.UserLanguageService;
import org.citycoop.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Every page a signed-in user opens is in the language they chose (the browser's when they chose
 * none). Read anew for each page, before its screen is built: a new choice shows on the next page
 * load, and a new sign-in on another browser finds it too.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserLanguageService languages;

    ChosenLanguage(CurrentUser currentUser, UserLanguageService languages) {
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(uiInit -> currentUser.find()
                .flatMap(user -> languages.chosenBy(user.getUsername()))
                .ifPresent(language -> {
                    UI ui = uiInit.getUI();
                    ui.getSession().setLocale(language);
                    ui.setLocale(language);
                }));
    }
}

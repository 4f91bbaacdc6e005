package org.citycoop.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Set by the login throttle: the seconds to wait before the next attempt. */
    public static final String THROTTLED_PARAMETER = "throttled";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> wait = parameters.getOrDefault(THROTTLED_PARAMETER, List.of()).stream()
                .filter(seconds -> seconds.matches("\\d{1,6}")).map(Long::valueOf).findFirst();
        i18n.getErrorMessage().setTitle(getTranslation(wait.isPresent() ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(wait.map(seconds -> getTranslation("login.throttled.message", seconds))
                .orElseGet(() -> getTranslation("login.error.message")));
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || wait.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.Languages;
import org.citycoop.base.UserLanguageService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in screen: navigation by role (and the entries features add, such as
 * the mentions), who is signed in, the language of the screens, what features add to the header (the
 * notifications' bell), sign out.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final List<MainMenuEntry> featureEntries;
    private final List<HeaderEntry> headerEntries;
    private final HorizontalLayout headerItems = new HorizontalLayout();
    private final SideNav nav = new SideNav();
    private final List<SideNavItem> featureItems = new ArrayList<>();
    private int featureItemsAt;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ObjectProvider<MainMenuEntry> featureEntries,
                      ObjectProvider<HeaderEntry> headerEntries, UserLanguageService languages) {
        this.currentUser = currentUser;
        this.featureEntries = featureEntries.orderedStream().toList();
        this.headerEntries = headerEntries.orderedStream().toList();
        CityCoopUser user = currentUser.require();

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        Div who = new Div(new Span(user.displayName().in(getLocale())), new Span(" · " + user.organisationName().in(getLocale())));
        who.addClassName("signed-in-user");
        Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // on a phone the button shows its icon only (styles.css); its name stays for screen readers
        signOut.setAriaLabel(getTranslation("nav.sign-out"));
        signOut.addClassName("sign-out");

        headerItems.setAlignItems(FlexComponent.Alignment.CENTER);
        headerItems.addClassName("header-items");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, headerItems,
                languagePicker(user, languages), signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);

        if (user.hasRole(Roles.PARTNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.partner-portal"), "partner", VaadinIcon.HOME.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.projects"), "projects", VaadinIcon.FOLDER_OPEN.create()));
        featureItemsAt = nav.getItems().size();
        if (user.hasRole(Roles.OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.propose"), "project/propose", VaadinIcon.PLUS.create()));
        }
        if (user.hasRole(Roles.REVIEWER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.reviewer"), "reviewer", VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (user.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.indicators"), "admin/indicators", VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.travel-safety"), "admin/travel-safety", VaadinIcon.GLOBE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "admin/import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.organisations"), "admin/organisations", VaadinIcon.OFFICE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.security-log"), "admin/security-log", VaadinIcon.SHIELD.create()));
        }
        addToDrawer(nav);
        if (user.hasRole(Roles.ADMIN)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("nav.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.addClassName("drawer-link");
            addToDrawer(cockpit);
        }
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The languages, each named in itself (日本語, English) so that a user who cannot read the
     * current one still finds their own. The choice is stored and the page loaded again in it.
     */
    private Select<Locale> languagePicker(CityCoopUser user, UserLanguageService languages) {
        Select<Locale> picker = new Select<>();
        picker.setItems(Languages.SUPPORTED);
        picker.setItemLabelGenerator(language -> language.getDisplayLanguage(language));
        picker.setValue(Languages.isJapanese(getLocale()) ? Locale.JAPANESE : Locale.ENGLISH);
        picker.setAriaLabel(getTranslation("nav.language"));
        picker.addClassName("language-picker");
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                languages.choose(user, user.getUsername(), change.getValue().getLanguage());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return picker;
    }

    /** The feature entries are made anew after each navigation: their counts follow what the user just did. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        featureItems.forEach(nav::remove);
        featureItems.clear();
        CityCoopUser user = currentUser.require();
        headerItems.removeAll();
        headerEntries.forEach(entry -> entry.of(user).ifPresent(headerItems::add));
        featureEntries.forEach(entry -> featureItems.addAll(entry.of(user)));
        for (int i = 0; i < featureItems.size(); i++) {
            nav.addItemAtIndex(featureItemsAt + i, featureItems.get(i));
        }
    }
}

package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingService;
import org.citycoop.marketplace.CountryFramework;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.marketplace.FrameworkDraft;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.project.ReferenceKeys;

/** A partner country's cooperation framework: read by the marketplace's users, written by administrators. */
@Route(value = FrameworkView.ROUTE_PREFIX + ":" + FrameworkView.COUNTRY, layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN})
class FrameworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "marketplace/frameworks/";
    static final String COUNTRY = "country";

    private final CountryFrameworkService frameworks;
    private final ProjectService projects;
    private final FundingService funding;
    private final CurrentUser currentUser;
    private String countryName = "";

    FrameworkView(CountryFrameworkService frameworks, ProjectService projects, FundingService funding, CurrentUser currentUser) {
        this.frameworks = frameworks;
        this.projects = projects;
        this.funding = funding;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String iso2 = event.getRouteParameters().get(COUNTRY).filter(code -> code.matches("[A-Z]{2}")).orElse("");
        frameworks.of(iso2).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("marketplace.framework.title")),
                new Paragraph(getTranslation("marketplace.not-available"))));
    }

    private void show(CountryFramework framework) {
        countryName = Formats.name(framework.countryName());
        boolean admin = currentUser.require().hasRole(Roles.ADMIN);
        add(new H2(getTranslation("marketplace.framework.of", countryName)),
                new Paragraph(getTranslation("marketplace.framework.safety") + ": " + (framework.travelSafetyLevel() == null
                        ? getTranslation("travel-safety.none") : getTranslation("travel-safety.level." + framework.travelSafetyLevel()))));
        Map<String, TextArea> priorities = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (ReferenceItem theme : projects.themes()) {
            TextArea priority = new TextArea(getTranslation("marketplace.framework.priority-for", getTranslation(ReferenceKeys.THEME + theme.code())));
            priority.setValue(framework.priorities().getOrDefault(theme.code(), ""));
            priority.setReadOnly(!admin);
            priorities.put(theme.code(), priority);
            form.add(priority);
        }
        CheckboxGroup<String> schemes = new CheckboxGroup<>(getTranslation("marketplace.field.schemeCodes"));
        Map<String, String> schemeNames = new LinkedHashMap<>();
        funding.schemes().forEach(scheme -> schemeNames.put(scheme.code(), scheme.name()));
        schemes.setItems(schemeNames.keySet());
        schemes.setItemLabelGenerator(schemeNames::get);
        schemes.setValue(new HashSet<>(framework.schemeCodes()));
        schemes.setReadOnly(!admin);
        TextArea contacts = new TextArea(getTranslation("marketplace.field.contacts"));
        contacts.setValue(framework.contacts());
        contacts.setReadOnly(!admin);
        form.add(schemes, 2);
        form.add(contacts, 2);
        add(form);
        if (admin) {
            Button save = new Button(getTranslation("marketplace.framework.save"), click -> {
                Map<String, String> written = new LinkedHashMap<>();
                priorities.forEach((theme, field) -> written.put(theme, field.getValue()));
                try {
                    frameworks.save(framework.countryIso2(), new FrameworkDraft(written, List.copyOf(schemes.getValue()), contacts.getValue()),
                            currentUser.require());
                    Notification.show(getTranslation("marketplace.framework.saved"), 4000, Notification.Position.BOTTOM_END)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException refused) {
                    TaskScreens.showProblems(new ServerProblems().field("contacts", contacts).field("schemeCodes", schemes).show(refused));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.framework.of", countryName) + " | " + getTranslation("app.name");
    }
}

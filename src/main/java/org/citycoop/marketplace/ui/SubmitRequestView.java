package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.marketplace.RequestDraft;
import org.citycoop.marketplace.RequestForm;
import org.citycoop.name.Name;
import org.citycoop.organisation.Organisation;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.project.ReferenceKeys;

/** A partner city's or a partner country's NGO's request for cooperation; the server checks every field. */
@Route(value = SubmitRequestView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class SubmitRequestView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "marketplace/requests/new";

    private final TextField title = new TextField();
    private final TextArea problem = new TextArea();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<Organisation> city = new ComboBox<>();
    private final TextField cityName = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextArea outcomes = new TextArea();
    private final CheckboxGroup<RequestForm> forms = new CheckboxGroup<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField languages = new TextField();

    SubmitRequestView(CooperationRequestService requests, CountryFrameworkService frameworks, ProjectService projects,
                      CurrentUser currentUser) {
        setMaxWidth("960px");
        label(title, "title");
        label(problem, "problem");
        label(outcomes, "expectedOutcomes");
        theme.setLabel(getTranslation("marketplace.field.themeCode"));
        theme.setItems(projects.themes());
        theme.setItemLabelGenerator(item -> getTranslation(ReferenceKeys.THEME + item.code()));
        city.setLabel(getTranslation("marketplace.field.city"));
        city.setItems(projects.partnerCities());
        city.setItemLabelGenerator(organisation -> Formats.name(organisation.name()));
        city.setHelperText(getTranslation("marketplace.submit.city.help"));
        city.setClearButtonVisible(true);
        cityName.setLabel(getTranslation("marketplace.submit.city-name"));
        Map<String, Name> countries = frameworks.partnerCountries();
        country.setLabel(getTranslation("marketplace.field.countryIso2"));
        country.setItems(countries.keySet());
        country.setItemLabelGenerator(code -> Formats.name(countries.get(code)));
        forms.setLabel(getTranslation("marketplace.field.preferredForms"));
        forms.setItems(RequestForm.values());
        forms.setItemLabelGenerator(form -> getTranslation("marketplace.form." + form.name()));
        from.setLabel(getTranslation("marketplace.field.timingFrom"));
        to.setLabel(getTranslation("marketplace.field.timingTo"));
        languages.setLabel(getTranslation("marketplace.field.languages"));
        languages.setHelperText(getTranslation("marketplace.languages.help"));
        FormLayout form = new FormLayout(title, theme, city, cityName, country, languages, from, to);
        form.add(problem, 2);
        form.add(outcomes, 2);
        form.add(forms, 2);

        Button submit = new Button(getTranslation("marketplace.submit.button"), click -> {
            try {
                CooperationRequest request = requests.submit(draft(), currentUser.require());
                Notification.show(getTranslation("marketplace.submit.done"), 5000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(RequestView.ROUTE_PREFIX + request.id()));
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("title", title).field("problem", problem).field("themeCode", theme)
                        .field("city", cityName).field("countryIso2", country).field("expectedOutcomes", outcomes)
                        .field("preferredForms", forms).field("timingFrom", from).field("timingTo", to)
                        .field("languages", languages).show(refused));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("marketplace.submit.title")), new Paragraph(getTranslation("marketplace.submit.intro")), form, submit);
    }

    private RequestDraft draft() {
        return new RequestDraft(title.getValue(), problem.getValue(), theme.getValue() == null ? null : theme.getValue().code(),
                city.getValue() == null ? null : city.getValue().code(), cityName.getValue(), country.getValue(), outcomes.getValue(),
                forms.getValue(), month(from.getValue()), month(to.getValue()), codes(languages.getValue()));
    }

    static YearMonth month(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }

    /** "id, en" -> [id, en]: the two-letter codes as written, checked by the server. */
    static List<String> codes(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    private void label(HasLabel field, String name) {
        field.setLabel(getTranslation("marketplace.field." + name));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.submit.title") + " | " + getTranslation("app.name");
    }
}

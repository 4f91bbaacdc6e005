package org.citycoop.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.StringToLongConverter;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.base.ReferenceItem;
import org.citycoop.name.Name;
import org.citycoop.organisation.Organisation;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ReferenceKeys;
import org.citycoop.workflow.ui.ServerProblems;

/**
 * The fields of a project proposal, for proposing and for revising. Bean validation gives
 * immediate hints; the server's answer is what counts, and its problems are shown on the fields.
 */
class ProjectForm extends FormLayout {

    private final BeanValidationBinder<ProjectProposal> binder = new BeanValidationBinder<>(ProjectProposal.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ProjectForm(ProjectService projects) {
        TextField title = new TextField(getTranslation("project.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);

        ComboBox<String> partner = codeChooser("project.field.partner", projects.partnerCities().stream()
                .sorted(Comparator.comparing(Organisation::name, Name.readingOrder(getLocale())))
                .collect(Collectors.toMap(Organisation::code, o -> o.name().in(getLocale()) + " (" + o.countryName().in(getLocale()) + ")", (a, b) -> a, LinkedHashMap::new)));
        ComboBox<String> theme = codeChooser("project.field.theme", names(projects.themes(), ReferenceKeys.THEME));
        ComboBox<String> type = codeChooser("project.field.type", names(projects.cooperationTypes(), ReferenceKeys.COOPERATION_TYPE));

        DatePicker start = new DatePicker(getTranslation("project.field.planned-start"));
        DatePicker end = new DatePicker(getTranslation("project.field.planned-end"));
        start.addValueChangeListener(event -> end.setMin(event.getValue()));

        TextField budget = new TextField(getTranslation("project.field.budget"));
        budget.setPrefixComponent(new Span("¥"));
        budget.setHelperText(getTranslation("project.field.budget.help"));

        binder.forField(title).bind("title");
        binder.forField(partner).bind("partnerCode");
        binder.forField(theme).bind("themeCode");
        binder.forField(type).bind("cooperationTypeCode");
        binder.forField(start).bind("plannedStart");
        binder.forField(end).bind("plannedEnd");
        binder.forField(budget)
                .withNullRepresentation("")
                .withConverter(new StringToLongConverter(getTranslation("project.field.budget.number")))
                .bind("budgetJpy");

        fields.put("title", title);
        fields.put("partnerCode", partner);
        fields.put("themeCode", theme);
        fields.put("cooperationTypeCode", type);
        fields.put("plannedStart", start);
        fields.put("plannedEnd", end);
        fields.put("budgetJpy", budget);

        add(title, 2);
        add(partner, theme);
        add(type, 2);
        add(start, end, budget);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    void setProposal(ProjectProposal proposal) {
        binder.readBean(proposal);
    }

    void lockPartner() {
        ((ComboBox<?>) fields.get("partnerCode")).setReadOnly(true);
    }

    /** The proposal as entered, or empty when the hints already show what is missing. */
    Optional<ProjectProposal> proposal() {
        ProjectProposal proposal = new ProjectProposal();
        return binder.writeBeanIfValid(proposal) ? Optional.of(proposal) : Optional.empty();
    }

    /** Where the server's problems go: each on the field it names. */
    ServerProblems serverProblems() {
        ServerProblems problems = new ServerProblems();
        fields.forEach(problems::field);
        return problems;
    }

    private ComboBox<String> codeChooser(String labelKey, Map<String, String> names) {
        ComboBox<String> chooser = new ComboBox<>(getTranslation(labelKey));
        chooser.setItems(names.keySet());
        chooser.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        chooser.setRequiredIndicatorVisible(true);
        return chooser;
    }

    /** The items' names in the reader's language, in the order of that language. */
    private Map<String, String> names(List<ReferenceItem> items, String keyPrefix) {
        return items.stream().map(item -> Map.entry(item.code(), getTranslation(keyPrefix + item.code())))
                .sorted(Map.Entry.comparingByValue(Collator.getInstance(getLocale())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}

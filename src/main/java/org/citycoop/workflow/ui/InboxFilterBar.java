package org.citycoop.workflow.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.citycoop.name.Name;
import org.citycoop.workflow.InboxFilter.Due;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.Phase;

/** The inbox's filters and search; tells its listener the new filter on every change. */
class InboxFilterBar extends FormLayout {

    private final ComboBox<String> process = new ComboBox<>();
    private final ComboBox<Phase> phase = new ComboBox<>();
    private final ComboBox<String> partner = new ComboBox<>();
    private final TextField project = new TextField();
    private final Select<Due> due = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox parked = new Checkbox();
    private boolean filling;

    InboxFilterBar(Map<String, String> processes, Map<String, Name> partnerCities, Consumer<InboxFilter> changed) {
        process.setLabel(getTranslation("inbox.filter.process"));
        process.setItems(List.copyOf(processes.keySet()));
        process.setItemLabelGenerator(key -> processes.getOrDefault(key, key));
        process.setClearButtonVisible(true);
        process.setId("inbox-filter-process");
        phase.setLabel(getTranslation("inbox.filter.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(value -> getTranslation("inbox.phase." + value.name()));
        phase.setClearButtonVisible(true);
        phase.setId("inbox-filter-phase");
        partner.setLabel(getTranslation("inbox.filter.partner"));
        partner.setItems(partnerCities.keySet().stream()
                .sorted(Comparator.comparing(partnerCities::get, Name.readingOrder(getLocale()))).toList());
        partner.setItemLabelGenerator(code -> partnerCities.containsKey(code) ? partnerCities.get(code).in(getLocale()) : code);
        partner.setClearButtonVisible(true);
        partner.setId("inbox-filter-partner");
        project.setLabel(getTranslation("inbox.filter.project"));
        project.setPlaceholder("KIT-2025-003");
        project.setClearButtonVisible(true);
        project.setId("inbox-filter-project");
        due.setLabel(getTranslation("inbox.filter.due"));
        due.setItems(Due.values());
        due.setItemLabelGenerator(value -> getTranslation("inbox.due." + value.name()));
        due.setValue(Due.ANY);
        due.setId("inbox-filter-due");
        search.setLabel(getTranslation("inbox.filter.search"));
        search.setTooltipText(getTranslation("inbox.filter.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("inbox-filter-search");
        parked.setLabel(getTranslation("inbox.filter.parked"));
        parked.setId("inbox-filter-parked");
        add(search, process, phase, partner, project, due, parked);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("900px", 4));
        process.addValueChangeListener(event -> notify(changed));
        phase.addValueChangeListener(event -> notify(changed));
        partner.addValueChangeListener(event -> notify(changed));
        project.addValueChangeListener(event -> notify(changed));
        due.addValueChangeListener(event -> notify(changed));
        search.addValueChangeListener(event -> notify(changed));
        parked.addValueChangeListener(event -> notify(changed));
    }

    /** Shows a filter (from the URL) without reporting it as a change. */
    void fill(InboxFilter filter) {
        filling = true;
        try {
            process.setValue(filter.processKey());
            phase.setValue(filter.phase());
            partner.setValue(filter.partnerCode());
            project.setValue(filter.projectCode() == null ? "" : filter.projectCode());
            due.setValue(filter.due());
            search.setValue(filter.search() == null ? "" : filter.search());
            parked.setValue(filter.parked());
        } finally {
            filling = false;
        }
    }

    private void notify(Consumer<InboxFilter> changed) {
        if (!filling) {
            changed.accept(new InboxFilter(process.getValue(), project.getValue(), due.getValue(), search.getValue(),
                    parked.getValue(), phase.getValue(), partner.getValue()));
        }
    }
}

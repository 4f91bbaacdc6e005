package org.citycoop.project.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.FiscalYearFormat;
import org.citycoop.name.Name;
import org.citycoop.organisation.Organisation;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.ReferenceKeys;
import org.citycoop.security.CityCoopUser;

/** The filters of the project list: status, region, theme, partner city and fiscal year of the planned start. */
class ProjectFilterBar extends FormLayout {

    private final Select<ProjectStatus> status = new Select<>();
    private final ComboBox<ReferenceItem> region = new ComboBox<>();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<Organisation> partner = new ComboBox<>();
    private final ComboBox<Integer> fiscalYear = new ComboBox<>();
    private boolean showing;

    ProjectFilterBar(ProjectService projects, CityCoopUser user, Consumer<ProjectFilter> onChange) {
        addClassName("project-filters");
        status.setLabel(getTranslation("project.field.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("project-list.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("project-list.filter.any")
                : getTranslation("project.status." + value.name()));
        region.setLabel(getTranslation("project.field.region"));
        Collator collator = Collator.getInstance(getLocale());
        region.setItems(projects.regions().stream()
                .sorted(Comparator.comparing(item -> getTranslation("region." + item.code()), collator)).toList());
        region.setItemLabelGenerator(item -> getTranslation("region." + item.code()));
        theme.setLabel(getTranslation("project.field.theme"));
        theme.setItems(projects.themes().stream()
                .sorted(Comparator.comparing(item -> getTranslation(ReferenceKeys.THEME + item.code()), collator)).toList());
        theme.setItemLabelGenerator(item -> getTranslation(ReferenceKeys.THEME + item.code()));
        partner.setLabel(getTranslation("project.field.partner"));
        partner.setItems(projects.partnerCities().stream()
                .sorted(Comparator.comparing(Organisation::name, Name.readingOrder(getLocale()))).toList());
        partner.setItemLabelGenerator(organisation -> organisation.name().in(getLocale()));
        fiscalYear.setLabel(getTranslation("project-list.filter.fiscal-year"));
        fiscalYear.setItems(projects.fiscalYears(user));
        fiscalYear.setItemLabelGenerator(year -> FiscalYearFormat.of(year, getLocale()));
        List.of(region, theme, partner, fiscalYear).forEach(box -> {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("project-list.filter.any"));
        });
        status.addValueChangeListener(event -> changed(onChange));
        region.addValueChangeListener(event -> changed(onChange));
        theme.addValueChangeListener(event -> changed(onChange));
        partner.addValueChangeListener(event -> changed(onChange));
        fiscalYear.addValueChangeListener(event -> changed(onChange));
        add(status, region, theme, partner, fiscalYear);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3), new ResponsiveStep("1000px", 5));
    }

    /** Shows a filter read from the address bar, without reporting it back as a change. */
    void show(ProjectFilter filter) {
        showing = true;
        status.setValue(filter.status());
        region.setValue(find(region, filter.regionCode(), ReferenceItem::code));
        theme.setValue(find(theme, filter.themeCode(), ReferenceItem::code));
        partner.setValue(find(partner, filter.partnerCode(), Organisation::code));
        fiscalYear.setValue(filter.fiscalYear());
        showing = false;
    }

    ProjectFilter value() {
        return ProjectFilter.any()
                .withStatus(status.getValue())
                .withRegion(region.getValue() == null ? null : region.getValue().code())
                .withTheme(theme.getValue() == null ? null : theme.getValue().code())
                .withPartner(partner.getValue() == null ? null : partner.getValue().code())
                .withFiscalYear(fiscalYear.getValue());
    }

    private void changed(Consumer<ProjectFilter> onChange) {
        if (!showing) {
            onChange.accept(value());
        }
    }

    private static <T> T find(ComboBox<T> box, String code, java.util.function.Function<T, String> codeOf) {
        return code == null ? null : box.getListDataView().getItems().filter(item -> code.equals(codeOf.apply(item)))
                .findFirst().orElse(null);
    }
}

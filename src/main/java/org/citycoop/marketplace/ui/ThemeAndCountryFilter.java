package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.Formats;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.name.Name;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ReferenceKeys;

/** The search of the requests and offers lists: a theme (sector) and a partner country, either left empty for any. */
class ThemeAndCountryFilter extends Div {

    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();

    ThemeAndCountryFilter(ProjectService projects, CountryFrameworkService frameworks, String countryLabelKey, Runnable onChange) {
        theme.setLabel(getTranslation("marketplace.field.themeCode"));
        theme.setItems(projects.themes());
        theme.setItemLabelGenerator(item -> getTranslation(ReferenceKeys.THEME + item.code()));
        theme.setClearButtonVisible(true);
        Map<String, Name> countries = frameworks.partnerCountries();
        country.setLabel(getTranslation(countryLabelKey));
        country.setItems(countries.keySet());
        country.setItemLabelGenerator(code -> Formats.name(countries.get(code)));
        country.setClearButtonVisible(true);
        theme.addValueChangeListener(change -> onChange.run());
        country.addValueChangeListener(change -> onChange.run());
        add(theme, country);
        addClassName("plan-row");
    }

    /** The chosen theme's code, or null for any. */
    String themeCode() {
        return theme.getValue() == null ? null : theme.getValue().code();
    }

    /** The chosen country's ISO code, or null for any. */
    String countryCode() {
        return country.getValue();
    }
}

package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.TravelSafety;
import org.citycoop.dispatch.TravelSafetyService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;

/** The administrator's list of travel-safety levels per country, where a country's level is changed. */
@Route(value = "admin/travel-safety", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class TravelSafetyView extends VerticalLayout implements HasDynamicTitle {

    private final TravelSafetyService levels;
    private final CurrentUser currentUser;
    private final Grid<TravelSafety> grid = new Grid<>(TravelSafety.class, false);
    private final ComboBox<TravelSafety> country = new ComboBox<>();
    private final Select<Integer> level = new Select<>();

    TravelSafetyView(TravelSafetyService levels, CurrentUser currentUser) {
        this.levels = levels;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        country.setLabel(getTranslation("travel-safety.country"));
        country.setItemLabelGenerator(entry -> entry.countryName().in(getLocale()) + " (" + entry.countryIso2() + ")");
        level.setLabel(getTranslation("travel-safety.level"));
        level.setItems(List.of(1, 2, 3, 4));
        level.setItemLabelGenerator(value -> getTranslation("travel-safety.level." + value));
        level.setHelperText(getTranslation("travel-safety.level.help"));
        level.setWidth("17em");
        country.addValueChangeListener(change -> level.setValue(change.getValue() == null ? null : change.getValue().level()));
        Button save = new Button(getTranslation("travel-safety.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(country, level, save);
        form.addClassName("plan-row");

        grid.addColumn(entry -> entry.countryName().in(getLocale())).setHeader(getTranslation("travel-safety.country")).setFlexGrow(2);
        grid.addColumn(TravelSafety::countryIso2).setHeader(getTranslation("travel-safety.iso")).setAutoWidth(true);
        grid.addColumn(entry -> entry.level() == null ? getTranslation("travel-safety.none")
                : getTranslation("travel-safety.level." + entry.level())).setHeader(getTranslation("travel-safety.level")).setFlexGrow(2);
        grid.addColumn(entry -> entry.updatedBy() == null ? "" : entry.updatedBy()).setHeader(getTranslation("travel-safety.updated-by"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> country.setValue(click.getItem()));
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        add(new H2(getTranslation("travel-safety.title")), new Paragraph(getTranslation("travel-safety.intro")), form, grid);
        refresh();
    }

    private void save() {
        TravelSafety chosen = country.getValue();
        try {
            levels.setLevel(chosen == null ? null : chosen.countryIso2(), level.getValue(), currentUser.require());
        } catch (InvalidInputException refused) {
            new ServerProblems().field("country", country).field("level", level).show(refused);
            return;
        }
        Notification.show(getTranslation("travel-safety.saved", chosen.countryName().in(getLocale()), level.getValue()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        country.setInvalid(false);
        level.setInvalid(false);
        refresh();
    }

    private void refresh() {
        List<TravelSafety> all = levels.all();
        grid.setItems(all);
        String chosen = country.getValue() == null ? null : country.getValue().countryIso2();
        country.setItems(all);
        all.stream().filter(entry -> entry.countryIso2().equals(chosen)).findFirst().ifPresent(country::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("travel-safety.title") + " | " + getTranslation("app.name");
    }
}

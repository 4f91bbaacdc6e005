package org.citycoop.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.Indicator.Direction;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.name.Name;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * The indicator library for administrators: every indicator in a grid; choose one to edit it (its
 * code stays, reports refer to it) or start a new one. The server checks the input and names the field.
 */
@Route(value = "admin/indicators", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private final Grid<Indicator> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField nameJa = new TextField();
    private final TextField unit = new TextField();
    private final Select<Direction> direction = new Select<>();
    private final H3 formTitle = new H3();
    /** The theme of the indicator being edited: kept as it is (themes are set in the migration). */
    private String themeCode;

    IndicatorsView(IndicatorService indicators, CurrentUser currentUser) {
        this.indicators = indicators;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        code.setLabel(getTranslation("indicator.code"));
        code.setHelperText(getTranslation("indicator.code.help"));
        code.setMaxLength(40);
        name.setLabel(getTranslation("indicator.name"));
        name.setMaxLength(200);
        nameJa.setLabel(getTranslation("indicator.name-ja"));
        nameJa.setHelperText(getTranslation("indicator.name-ja.help"));
        nameJa.setMaxLength(200);
        unit.setLabel(getTranslation("indicator.unit"));
        unit.setHelperText(getTranslation("indicator.unit.help"));
        unit.setMaxLength(40);
        direction.setLabel(getTranslation("indicator.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(value -> getTranslation("indicator.direction." + value.name()));
        for (TextField field : new TextField[] {code, name, unit}) {
            field.setRequiredIndicatorVisible(true);
        }
        direction.setRequiredIndicatorVisible(true);

        grid.addColumn(Indicator::code).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        grid.addColumn(indicator -> Formats.name(indicator.name())).setHeader(getTranslation("indicator.column.name")).setFlexGrow(2);
        grid.addColumn(Indicator::unit).setHeader(getTranslation("indicator.unit")).setAutoWidth(true);
        grid.addColumn(indicator -> getTranslation("indicator.direction." + indicator.direction().name()))
                .setHeader(getTranslation("indicator.direction")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        Button add = new Button(getTranslation("indicator.new"), VaadinIcon.PLUS.create(), click -> grid.asSingleSelect().clear());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("indicator.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, name, nameJa, unit, direction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        add(new H2(getTranslation("indicator.title")), grid, add, formTitle, form, new HorizontalLayout(save));
        refresh();
        edit(null);
    }

    private void edit(Indicator indicator) {
        clearErrors();
        formTitle.setText(indicator == null ? getTranslation("indicator.form.new") : getTranslation("indicator.form.edit", Formats.name(indicator.name())));
        code.setValue(indicator == null ? "" : indicator.code());
        code.setReadOnly(indicator != null);
        name.setValue(indicator == null || indicator.name().en() == null ? "" : indicator.name().en());
        nameJa.setValue(indicator == null || indicator.name().ja() == null ? "" : indicator.name().ja());
        unit.setValue(indicator == null ? "" : indicator.unit());
        direction.setValue(indicator == null ? null : indicator.direction());
        themeCode = indicator == null ? null : indicator.themeCode();
    }

    private void save() {
        clearErrors();
        String savedCode = code.getValue().strip();
        try {
            indicators.save(new Indicator(savedCode, typedName(), unit.getValue(), direction.getValue(), themeCode),
                    currentUser.require());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("code", code).field("name", name).field("nameJa", nameJa).field("unit", unit)
                    .field("direction", direction).show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation("indicator.saved", Formats.name(typedName())));
        refresh();
        indicators.find(savedCode).ifPresent(grid::select);
    }

    /** Both forms as typed; none when both are empty, which the server refuses naming the English field. */
    private Name typedName() {
        return name.getValue().isBlank() && nameJa.getValue().isBlank() ? null : new Name(name.getValue(), nameJa.getValue());
    }

    private void refresh() {
        grid.setItems(indicators.inReadingOrder(getLocale()));
    }

    private void clearErrors() {
        code.setInvalid(false);
        name.setInvalid(false);
        nameJa.setInvalid(false);
        unit.setInvalid(false);
        direction.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title") + " | " + getTranslation("app.name");
    }
}

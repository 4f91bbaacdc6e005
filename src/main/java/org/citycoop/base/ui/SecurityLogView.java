package org.citycoop.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.citycoop.base.SecurityLog;
import org.citycoop.base.SecurityLogFilter;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;

/**
 * The security log for administrators: who, organisation, action, from–to dates; newest first,
 * loaded page by page as the grid scrolls (the log grows without end).
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SecurityLog log;
    private final CityCoopUser admin;
    private final ZoneId zone;
    private final TextField who = new TextField();
    private final TextField organisation = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SecurityLog.Entry> grid = new Grid<>();
    private final Span count = new Span();

    SecurityLogView(SecurityLog log, CurrentUser currentUser, Clock clock) {
        this.log = log;
        this.admin = currentUser.require();
        this.zone = clock.getZone();
        setSizeFull();
        who.setLabel(getTranslation("security-log.who"));
        organisation.setLabel(getTranslation("security-log.organisation"));
        action.setLabel(getTranslation("security-log.action"));
        action.setItems(log.actions(admin));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("security-log.from"));
        to.setLabel(getTranslation("security-log.to"));
        for (TextField field : new TextField[] {who, organisation}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setMaxLength(128);
            field.addValueChangeListener(change -> refresh());
        }
        action.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        FormLayout filters = new FormLayout(who, organisation, action, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 5));

        // the time wraps between date and time; on phones one column tells who did what (NarrowScreens)
        grid.addColumn(entry -> TIME.format(entry.occurredAt().atZone(zone))).setHeader(getTranslation("security-log.when"))
                .setWidth("8em").setFlexGrow(0);
        Grid.Column<SecurityLog.Entry> actor = grid.addColumn(SecurityLog.Entry::actor).setHeader(getTranslation("security-log.who"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<SecurityLog.Entry> organisationColumn = grid.addColumn(SecurityLog.Entry::organisationCode)
                .setHeader(getTranslation("security-log.organisation")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<SecurityLog.Entry> actionColumn = grid.addColumn(SecurityLog.Entry::action)
                .setHeader(getTranslation("security-log.action")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<SecurityLog.Entry> address = grid.addColumn(SecurityLog.Entry::clientAddress)
                .setHeader(getTranslation("security-log.address")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<SecurityLog.Entry> detail = grid.addColumn(SecurityLog.Entry::detail)
                .setHeader(getTranslation("security-log.detail")).setWidth("10em").setFlexGrow(1);
        // Lit escapes the values: a username or detail as typed by an attacker shows as text
        Grid.Column<SecurityLog.Entry> summary = grid.addColumn(LitRenderer.<SecurityLog.Entry>of(
                        "<div><b>${item.actor}</b> ${item.organisation}</div><div>${item.action} ${item.address}</div>"
                                + "<div>${item.detail}</div>")
                        .withProperty("actor", SecurityLog.Entry::actor)
                        .withProperty("organisation", entry -> entry.organisationCode() == null ? "" : "· " + entry.organisationCode())
                        .withProperty("action", SecurityLog.Entry::action)
                        .withProperty("address", entry -> entry.clientAddress() == null ? "" : "· " + entry.clientAddress())
                        .withProperty("detail", entry -> entry.detail() == null ? "" : entry.detail()))
                .setHeader(getTranslation("security-log.entry")).setFlexGrow(1);
        summary.setVisible(false);
        List<Grid.Column<SecurityLog.Entry>> wide = List.of(actor, organisationColumn, actionColumn, address, detail);
        NarrowScreens.whenWidthChanges(this, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            summary.setVisible(narrow);
            // the auto widths were measured for the other set of columns
            grid.recalculateColumnWidths();
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setItems(query -> log.find(filter(), query.getOffset(), query.getLimit(), admin).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(filter(), admin)));
        refreshCount();
        add(new H2(getTranslation("security-log.title")), filters, count, grid);
    }

    private SecurityLogFilter filter() {
        return SecurityLogFilter.of(who.getValue(), organisation.getValue(), action.getValue(), from.getValue(), to.getValue(), zone);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCount();
    }

    private void refreshCount() {
        count.setText(getTranslation("security-log.count", log.count(filter(), admin)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security-log.title") + " | " + getTranslation("app.name");
    }
}

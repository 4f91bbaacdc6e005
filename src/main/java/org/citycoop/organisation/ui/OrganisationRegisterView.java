package org.citycoop.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.name.Name;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.organisation.RegisteredOrganisation;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;

/**
 * The administrator's view of the organisation register, where an organisation's English and Japanese
 * names are corrected (DD029) and its IATI identifier is recorded: the IATI export names each activity
 * by its lead's identifier (DD017). Names show in the administrator's language with the other beside.
 */
@Route(value = "admin/organisations", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class OrganisationRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Grid<RegisteredOrganisation> grid = new Grid<>();
    private final ComboBox<RegisteredOrganisation> organisation = new ComboBox<>();
    private final TextField nameEn = new TextField();
    private final TextField nameJa = new TextField();
    private final TextField iatiIdentifier = new TextField();
    private final TextField search = new TextField();
    private List<RegisteredOrganisation> register = List.of();

    OrganisationRegisterView(OrganisationService organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        setMaxWidth("1100px");
        organisation.setLabel(getTranslation("organisations.organisation"));
        organisation.setItemLabelGenerator(entry -> entry.organisation().name().in(getLocale()) + " (" + entry.organisation().code() + ")");
        // as wide as they need on a laptop, never wider than a phone
        organisation.setWidth("22em");
        organisation.setMaxWidth("100%");
        nameEn.setLabel(getTranslation("organisations.name-en"));
        nameEn.setHelperText(getTranslation("organisations.name-en.help"));
        nameJa.setLabel(getTranslation("organisations.name-ja"));
        nameJa.setHelperText(getTranslation("organisations.name-ja.help"));
        for (TextField name : List.of(nameEn, nameJa)) {
            name.setWidth("20em");
            name.setMaxWidth("100%");
            name.setMaxLength(200);
        }
        iatiIdentifier.setLabel(getTranslation("organisations.iati-identifier"));
        iatiIdentifier.setHelperText(getTranslation("organisations.iati-identifier.help"));
        iatiIdentifier.setWidth("20em");
        iatiIdentifier.setMaxWidth("100%");
        organisation.addValueChangeListener(change -> showEntry(change.getValue()));
        Button save = new Button(getTranslation("organisations.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(organisation, nameEn, nameJa, iatiIdentifier, save);
        form.addClassName("register-form");
        form.setWidthFull();

        // the name stays in view when a phone scrolls the columns sideways
        grid.addColumn(entry -> entry.organisation().name().withOther(getLocale())).setHeader(getTranslation("organisations.name"))
                .setFlexGrow(3).setWidth("12rem").setFrozen(true);
        grid.addColumn(entry -> entry.organisation().code()).setHeader(getTranslation("organisations.code")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("organisation.kind." + entry.organisation().kind().name()))
                .setHeader(getTranslation("organisations.kind")).setAutoWidth(true);
        grid.addColumn(entry -> entry.organisation().countryIso2()).setHeader(getTranslation("organisations.country")).setAutoWidth(true);
        grid.addColumn(entry -> entry.organisation().cooperativeCode() == null ? "" : entry.organisation().cooperativeCode())
                .setHeader(getTranslation("organisations.cooperative")).setAutoWidth(true);
        grid.addColumn(entry -> entry.iatiIdentifier() == null ? "" : entry.iatiIdentifier())
                .setHeader(getTranslation("organisations.iati-identifier")).setWidth("14rem").setFlexGrow(2);
        grid.addItemClickListener(click -> organisation.setValue(click.getItem()));
        // a name with the other form beside it is long: wrapped, not cut to "北九州市 (City of K…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("30em");
        search.setLabel(getTranslation("organisations.search"));
        search.setPlaceholder(getTranslation("organisations.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setMaxWidth("100%");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showMatches());
        add(new H2(getTranslation("organisations.title")), new Paragraph(getTranslation("organisations.intro")), form, search, grid);
        refresh();
    }

    private void save() {
        RegisteredOrganisation chosen = organisation.getValue();
        try {
            organisations.changeEntry(chosen == null ? null : chosen.organisation().code(), nameEn.getValue(), nameJa.getValue(),
                    iatiIdentifier.getValue(), currentUser.require());
        } catch (InvalidInputException refused) {
            clearProblems();
            new ServerProblems().field("organisation", organisation).field("nameEn", nameEn).field("nameJa", nameJa)
                    .field("iatiIdentifier", iatiIdentifier).show(refused);
            return;
        }
        Notification.show(getTranslation("organisations.saved", chosen.organisation().code()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        clearProblems();
        refresh();
    }

    private void clearProblems() {
        List.<HasValidation>of(organisation, nameEn, nameJa, iatiIdentifier).forEach(field -> field.setInvalid(false));
    }

    private void showEntry(RegisteredOrganisation entry) {
        nameEn.setValue(entry == null || entry.organisation().name().en() == null ? "" : entry.organisation().name().en());
        nameJa.setValue(entry == null || entry.organisation().name().ja() == null ? "" : entry.organisation().name().ja());
        iatiIdentifier.setValue(entry == null || entry.iatiIdentifier() == null ? "" : entry.iatiIdentifier());
    }

    private void refresh() {
        // by kind as the service lists them, then by name as the reader looks it up (their language's form and collation)
        register = organisations.register(currentUser.require()).stream()
                .sorted(Comparator.comparing((RegisteredOrganisation entry) -> entry.organisation().kind().name())
                        .thenComparing(entry -> entry.organisation().name(), Name.readingOrder(getLocale()))).toList();
        String chosen = organisation.getValue() == null ? null : organisation.getValue().organisation().code();
        organisation.setItems(register);
        register.stream().filter(entry -> entry.organisation().code().equals(chosen)).findFirst().ifPresent(organisation::setValue);
        showMatches();
    }

    /** The organisations whose name (either form), code or identifier contains the search text (the register has hundreds). */
    private void showMatches() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(register.stream().filter(entry -> text.isEmpty()
                || (entry.organisation().name().en() + " " + entry.organisation().name().ja() + " " + entry.organisation().code() + " "
                    + (entry.iatiIdentifier() == null ? "" : entry.iatiIdentifier())).toLowerCase(Locale.ROOT).contains(text)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " | " + getTranslation("app.name");
    }
}

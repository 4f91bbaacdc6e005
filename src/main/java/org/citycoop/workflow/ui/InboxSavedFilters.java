package org.citycoop.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.NotAvailableException;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.InboxPreferences;
import org.citycoop.workflow.SavedFilter;

/**
 * The user's named filters: pick one to open it, save the current filters under a name (shared
 * with a role of the organisation, or not), delete one's own.
 */
class InboxSavedFilters extends FlexLayout {

    /** The roles a filter may be shared with: every role but the administrator's, who has no inbox work. */
    private static final List<String> SHARE_WITH = Roles.ALL.stream().filter(role -> !Roles.ADMIN.equals(role)).toList();
    private static final String ONLY_ME = "";
    private static final List<String> CHOICES = Stream.concat(Stream.of(ONLY_ME), SHARE_WITH.stream()).toList();

    private final InboxPreferences preferences;
    private final Actor actor;
    private final Supplier<String> currentQuery;
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final Button delete = new Button();

    InboxSavedFilters(InboxPreferences preferences, Actor actor, Supplier<String> currentQuery, Consumer<String> open) {
        this.preferences = preferences;
        this.actor = actor;
        this.currentQuery = currentQuery;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");

        saved.setLabel(getTranslation("inbox.saved.label"));
        saved.setPlaceholder(getTranslation("inbox.saved.placeholder"));
        saved.setItemLabelGenerator(this::label);
        saved.setClearButtonVisible(true);
        saved.setId("inbox-saved-filter");
        saved.setWidth("16em");
        saved.addValueChangeListener(event -> {
            delete.setEnabled(event.getValue() != null && event.getValue().ownedBy(actor));
            if (event.isFromClient() && event.getValue() != null) {
                open.accept(event.getValue().query());
            }
        });
        Button save = new Button(getTranslation("inbox.saved.save"), click -> openSaveDialog());
        save.setId("inbox-save-filter");
        delete.setText(getTranslation("inbox.saved.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.setId("inbox-delete-filter");
        delete.addClickListener(click -> deleteSelected());
        add(saved, save, delete);
        reload(null);
    }

    /** Shows the filter whose query is the inbox's current one as selected, if there is one. */
    void select(String query) {
        saved.setValue(saved.getListDataView().getItems().filter(filter -> filter.query().equals(query)).findFirst().orElse(null));
    }

    private String label(SavedFilter filter) {
        if (!filter.ownedBy(actor)) {
            return getTranslation("inbox.saved.from", filter.name(), filter.owner());
        }
        return filter.sharedWithRole() == null ? filter.name()
                : getTranslation("inbox.saved.shared", filter.name(), getTranslation("inbox.role." + filter.sharedWithRole()));
    }

    private void reload(SavedFilter selected) {
        saved.setItems(preferences.savedFiltersOf(actor));
        saved.setValue(selected);
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog(getTranslation("inbox.saved.dialog"));
        dialog.addClassName("inbox-save-filter-dialog");
        TextField name = new TextField(getTranslation("inbox.saved.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setId("inbox-save-filter-name");
        if (saved.getValue() != null && saved.getValue().ownedBy(actor)) {
            name.setValue(saved.getValue().name());
        }
        Select<String> share = new Select<>();
        share.setLabel(getTranslation("inbox.saved.share"));
        share.setItems(CHOICES);
        share.setItemLabelGenerator(role -> role.isEmpty() ? getTranslation("inbox.saved.only-me")
                : getTranslation("inbox.saved.share-with", getTranslation("inbox.role." + role)));
        share.setValue(ONLY_ME);
        share.setId("inbox-save-filter-share");
        FormLayout form = new FormLayout(name, share);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok = new Button(getTranslation("inbox.saved.save-confirm"), click -> {
            try {
                SavedFilter filter = preferences.saveFilter(name.getValue(), currentQuery.get(),
                        share.getValue().isEmpty() ? null : share.getValue(), actor);
                dialog.close();
                reload(filter);
                notify(getTranslation("inbox.saved.saved", filter.name()), NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(problem -> {
                    if ("name".equals(problem.field())) {
                        name.setErrorMessage(problem.message(getLocale()));
                        name.setInvalid(true);
                    } else {
                        notify(problem.message(getLocale()), NotificationVariant.LUMO_WARNING);
                    }
                });
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("inbox-save-filter-confirm");
        dialog.getFooter().add(new Button(getTranslation("inbox.row.cancel"), click -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void deleteSelected() {
        SavedFilter filter = saved.getValue();
        try {
            preferences.deleteFilter(filter.id(), actor);
            notify(getTranslation("inbox.saved.deleted", filter.name()), NotificationVariant.LUMO_SUCCESS);
        } catch (NotAvailableException notTheirs) {
            notify(getTranslation("inbox.saved.not-yours"), NotificationVariant.LUMO_WARNING);
        }
        reload(null);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(variant);
    }
}

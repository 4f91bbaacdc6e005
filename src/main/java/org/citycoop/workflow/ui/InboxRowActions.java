package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.Formats;
import org.citycoop.name.Name;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;

/**
 * The actions in an inbox row: claim or release at one click, and a small menu to open the task,
 * park it until a follow-up date and, for a manager, hand it to a colleague.
 */
final class InboxRowActions implements Serializable {

    private final WorkflowService workflow;
    private final Actor actor;
    private final boolean manager;
    private final Clock clock;
    private final Runnable afterwards;

    InboxRowActions(WorkflowService workflow, Actor actor, boolean manager, Clock clock, Runnable afterwards) {
        this.workflow = workflow;
        this.actor = actor;
        this.manager = manager;
        this.clock = clock;
        this.afterwards = afterwards;
    }

    Component of(WorkTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (task.assignee() == null) {
            Button claim = new Button(actions.getTranslation("inbox.claim"), click -> act(() -> workflow.claim(task.id(), actor)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + task.id());
            actions.add(claim);
        } else if (task.assignee().equals(actor.userId())) {
            Button release = new Button(actions.getTranslation("inbox.unclaim"), click -> act(() -> workflow.unclaim(task.id(), actor)));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            release.setId("release-" + task.id());
            actions.add(release);
        }
        actions.add(menu(task, actions));
        return actions;
    }

    private MenuBar menu(WorkTask task, Component where) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        menu.setId("row-menu-" + task.id());
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(where.getTranslation("inbox.row.more", TaskNames.of(where, task)));
        SubMenu items = more.getSubMenu();
        items.addItem(where.getTranslation("inbox.open"), click -> UI.getCurrent().navigate(task.route()));
        items.addItem(where.getTranslation("inbox.row.park"), click -> park(task, where));
        if (manager) {
            items.addItem(where.getTranslation("inbox.row.reassign"), click -> reassign(task, where));
        }
        return menu;
    }

    private void park(WorkTask task, Component where) {
        DatePicker until = new DatePicker(where.getTranslation("inbox.bulk.follow-up"));
        until.setMin(LocalDate.now(clock).plusDays(1));
        until.setHelperText(where.getTranslation("inbox.bulk.follow-up.help"));
        until.setId("row-follow-up");
        ZoneId zone = clock.getZone();
        if (task.followUp() != null) {
            until.setValue(task.followUp().atZone(zone).toLocalDate());
        }
        confirm(where, where.getTranslation("inbox.row.park.title", TaskNames.of(where, task)), until,
                where.getTranslation("inbox.row.park.confirm"),
                () -> workflow.followUp(task.id(), until.getValue(), actor));
    }

    private void reassign(WorkTask task, Component where) {
        ComboBox<String> colleague = new ComboBox<>(where.getTranslation("inbox.bulk.colleague"));
        List<String> colleagues = workflow.colleaguesOf(actor);
        Map<String, Name> names = workflow.namesOf(colleagues);
        colleague.setItems(ColleagueLabels.inReadingOrder(colleagues, names, Formats.screenLocale()));
        colleague.setItemLabelGenerator(ColleagueLabels.of(names));
        colleague.setRequiredIndicatorVisible(true);
        colleague.setId("row-colleague");
        confirm(where, where.getTranslation("inbox.row.reassign.title", TaskNames.of(where, task)), colleague,
                where.getTranslation("inbox.row.reassign.confirm"), () -> {
                    if (colleague.isEmpty()) {
                        throw InvalidInputException.of("colleague", "inbox.bulk.colleague.required");
                    }
                    workflow.reassign(task.id(), colleague.getValue(), actor);
                });
    }

    /** A small dialog with one field; the action's refusal of the input stays on the field, with its message. */
    private <F extends Component & HasValidation> void confirm(Component where, String title, F field, String confirmLabel,
                                                              Runnable action) {
        Dialog dialog = new Dialog(title);
        dialog.addClassName("inbox-row-dialog");
        dialog.add(field);
        field.getElement().getStyle().set("width", "100%");
        Button ok = new Button(confirmLabel, click -> {
            try {
                action.run();
                dialog.close();
                show(where.getTranslation("inbox.bulk.done", 1), NotificationVariant.LUMO_SUCCESS);
                afterwards.run();
            } catch (InvalidInputException refused) {
                field.setErrorMessage(refused.problems().get(0).message(where.getUI().map(UI::getLocale).orElse(Locale.ENGLISH)));
                field.setInvalid(true);
            } catch (TaskNotAvailableException | TaskClaimedByOtherException changed) {
                dialog.close();
                show(where.getTranslation("inbox.task-changed"), NotificationVariant.LUMO_WARNING);
                afterwards.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("row-dialog-confirm");
        Button cancel = new Button(where.getTranslation("inbox.row.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TaskNotAvailableException | TaskClaimedByOtherException refused) {
            show(UI.getCurrent().getTranslation("inbox.task-changed"), NotificationVariant.LUMO_WARNING);
        }
        afterwards.run();
    }

    private static void show(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(variant);
    }
}

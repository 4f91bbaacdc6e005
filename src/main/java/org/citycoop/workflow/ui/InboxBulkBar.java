package org.citycoop.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException;
import org.citycoop.name.Name;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkflowService;

/**
 * Acts on the selected rows of the inbox: claim them, park them until a follow-up date, and for
 * a manager hand them to a colleague.
 */
class InboxBulkBar extends FlexLayout {

    private final WorkflowService workflow;
    private final Actor actor;
    private final Supplier<List<String>> selected;
    private final Runnable afterwards;

    InboxBulkBar(WorkflowService workflow, Actor actor, boolean manager, Clock clock, Supplier<List<String>> selected,
                 Runnable afterwards) {
        this.workflow = workflow;
        this.actor = actor;
        this.selected = selected;
        this.afterwards = afterwards;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");

        Button claim = new Button(getTranslation("inbox.bulk.claim"),
                click -> apply(ids -> workflow.claimAll(ids, actor)));
        claim.setId("inbox-bulk-claim");
        add(claim);

        DatePicker followUp = new DatePicker(getTranslation("inbox.bulk.follow-up"));
        followUp.setMin(LocalDate.now(clock).plusDays(1));
        followUp.setTooltipText(getTranslation("inbox.bulk.follow-up.help"));
        followUp.setId("inbox-bulk-follow-up");
        Button park = new Button(getTranslation("inbox.bulk.park"), click -> apply(ids -> park(ids, followUp.getValue())));
        park.setId("inbox-bulk-park");
        add(followUp, park);

        if (manager) {
            ComboBox<String> colleague = new ComboBox<>(getTranslation("inbox.bulk.colleague"));
            List<String> colleagues = workflow.colleaguesOf(actor);
            Map<String, Name> names = workflow.namesOf(colleagues);
            colleague.setItems(ColleagueLabels.inReadingOrder(colleagues, names, getLocale()));
            colleague.setItemLabelGenerator(ColleagueLabels.of(names));
            colleague.setId("inbox-bulk-colleague");
            Button reassign = new Button(getTranslation("inbox.bulk.reassign"), click -> {
                if (colleague.isEmpty()) {
                    colleague.setInvalid(true);
                    colleague.setErrorMessage(getTranslation("inbox.bulk.colleague.required"));
                    return;
                }
                colleague.setInvalid(false);
                apply(ids -> workflow.reassignAll(ids, colleague.getValue(), actor));
            });
            reassign.setId("inbox-bulk-reassign");
            add(colleague, reassign);
        }
    }

    private List<String> park(List<String> ids, LocalDate until) {
        List<String> refused = new ArrayList<>();
        for (String id : ids) {
            try {
                workflow.followUp(id, until, actor);
            } catch (TaskNotAvailableException | TaskClaimedByOtherException | InvalidInputException notPossible) {
                refused.add(id);
            }
        }
        return refused;
    }

    private void apply(Function<List<String>, List<String>> action) {
        List<String> ids = selected.get();
        if (ids.isEmpty()) {
            show(getTranslation("inbox.bulk.none-selected"), NotificationVariant.LUMO_WARNING);
            return;
        }
        List<String> refused = action.apply(ids);
        if (refused.isEmpty()) {
            show(getTranslation("inbox.bulk.done", ids.size()), NotificationVariant.LUMO_SUCCESS);
        } else {
            show(getTranslation("inbox.bulk.refused", ids.size() - refused.size(), refused.size()),
                    NotificationVariant.LUMO_WARNING);
        }
        afterwards.run();
    }

    private static void show(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(variant);
    }
}

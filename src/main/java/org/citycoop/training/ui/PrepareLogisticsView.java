package org.citycoop.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.LogisticsItem;
import org.citycoop.training.LogisticsKind;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.base.ui.ButtonRow;

/**
 * Task screen of {@code Task_PrepareLogistics}: the checklist of invitation letters, visas, travel,
 * accommodation and insurance, each with its deadline and done or not. Saving keeps the task open
 * (a daily check reminds of open items due within a week); finishing needs every item done.
 */
@Route(value = "task/" + TrainingProcess.FORM_PREPARE_LOGISTICS + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class PrepareLogisticsView extends TrainingTaskView {

    PrepareLogisticsView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.logistics.title", TrainingProcess.TASK_PREPARE_LOGISTICS, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(ProgrammeFacts.curriculum(this, task.programme()));
        List<ItemRow> rows = Arrays.stream(LogisticsKind.values()).map(ItemRow::new).toList();
        ServerProblems problems = new ServerProblems();
        add(new Paragraph(getTranslation("training.logistics.intro", TrainingProcess.LOGISTICS_REMINDER_DAYS)));
        for (ItemRow row : rows) {
            task.programme().logistics().stream().filter(item -> item.kind() == row.kind).findFirst().ifPresent(row::fill);
            problems.with(row.problems());
            add(row.layout);
        }
        Button save = new Button(getTranslation("training.logistics.save"), click -> SaveAndStay.run(
                () -> training.saveLogistics(task.task().id(), items(rows), currentUser.require()),
                getTranslation("training.logistics.saved"), () -> problems, () -> reload(task)));
        Button finish = new Button(getTranslation("training.logistics.finish"), click -> TaskSubmit.run(
                () -> training.finishLogistics(task.task().id(), items(rows), currentUser.require()),
                done("training.logistics.done", task), () -> problems));
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = ButtonRow.of(save, finish);
        add(buttons);
    }

    private static List<LogisticsItem> items(List<ItemRow> rows) {
        return rows.stream().map(ItemRow::item).toList();
    }

    /** One item of the checklist. */
    private final class ItemRow {
        private final LogisticsKind kind;
        private final Checkbox done;
        private final DatePicker deadline;
        private final Span note = new Span();
        private final Div layout = new Div();

        private ItemRow(LogisticsKind kind) {
            this.kind = kind;
            String name = getTranslation("training.logistics." + kind.name());
            done = new Checkbox(getTranslation("training.logistics.done-label", name));
            deadline = new DatePicker(getTranslation("training.logistics.deadline-label", name));
            deadline.setWidth("15em");
            note.addClassName("overdue");
            layout.add(deadline, done, note);
            layout.addClassName("plan-row");
            layout.addClassName("logistics-row");
            layout.setWidthFull();
            layout.getStyle().set("box-sizing", "border-box");
        }

        void fill(LogisticsItem item) {
            done.setValue(item.done());
            deadline.setValue(item.deadline());
            if (!item.done() && item.remindedAt() != null) {
                note.setText(getTranslation("training.logistics.reminded", Formats.date(item.deadline())));
            }
        }

        LogisticsItem item() {
            return LogisticsItem.of(kind, deadline.getValue(), done.getValue());
        }

        ServerProblems problems() {
            return new ServerProblems().field("logistics." + kind.name() + ".deadline", deadline)
                    .field("logistics." + kind.name() + ".done", note::setText);
        }
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.PlannedItem.ItemKind;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_PlanImplementation}: the officer lists the training programmes and
 * specialist dispatches the implementation runs; each becomes one run of its building block.
 */
@Route(value = "task/" + ProjectProcess.FORM_PLAN_IMPLEMENTATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class PlanImplementationView extends ImplementationTaskView<ProjectTask> {

    private final List<Row> rows = new ArrayList<>();
    private final Div items = new Div();
    private final Span planProblem = new Span();

    PlanImplementationView(ProjectService projects, ImplementationService implementation, TaskSubjectLookup subjects,
                           CurrentUser currentUser) {
        super("implementation.plan.title", projects, implementation, subjects, currentUser);
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_PLAN_IMPLEMENTATION, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        rows.clear();
        items.removeAll();
        items.setWidthFull();
        planProblem.addClassName("overdue");
        addRow();
        Button add = new Button(getTranslation("implementation.plan.add-item"), VaadinIcon.PLUS.create(), click -> addRow());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button submit = new Button(getTranslation("implementation.plan.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            List<Row> entered = rows.stream().filter(row -> !row.isEmpty()).toList();
            TaskSubmit.run(() -> implementation.plan(task.task().id(), entered.stream().map(Row::item).toList(), currentUser.require()),
                    getTranslation("implementation.plan.done", task.project().code()), () -> {
                        planProblem.setText("");
                        ServerProblems problems = new ServerProblems().field("items", planProblem::setText);
                        for (int i = 0; i < entered.size(); i++) {
                            problems.with(entered.get(i).problems("items[" + i + "]."));
                        }
                        return problems;
                    });
        });
        add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()),
                new H3(getTranslation("implementation.plan.items")), new Paragraph(getTranslation("implementation.plan.intro")),
                planProblem, items, add, submit);
    }

    private void addRow() {
        Row row = new Row();
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            items.remove(row.layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("implementation.plan.remove-item"));
        row.layout.add(row.kind, row.title, row.start, row.end, remove);
        rows.add(row);
        items.add(row.layout);
    }

    /** One planned item; its fields wrap onto several lines on a phone (theme class {@code plan-row}). */
    private final class Row {
        private final Select<ItemKind> kind = new Select<>();
        private final TextField title = new TextField(getTranslation("implementation.item.title"));
        private final DatePicker start = new DatePicker(getTranslation("implementation.item.start"));
        private final DatePicker end = new DatePicker(getTranslation("implementation.item.end"));
        private final Div layout = new Div();

        private Row() {
            kind.setLabel(getTranslation("implementation.item.kind"));
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("implementation.item.kind." + value.name()));
            title.setMaxLength(200);
            kind.addClassName("plan-kind");
            title.addClassName("plan-title");
            start.addClassName("plan-date");
            end.addClassName("plan-date");
            layout.addClassName("plan-row");
        }

        private boolean isEmpty() {
            return kind.getValue() == null && title.getValue().isBlank() && start.getValue() == null && end.getValue() == null;
        }

        private PlannedItem item() {
            return new PlannedItem(kind.getValue(), title.getValue(), start.getValue(), end.getValue());
        }

        private ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "kind", kind).field(prefix + "title", title)
                    .field(prefix + "plannedStart", start).field(prefix + "plannedEnd", end);
        }
    }
}

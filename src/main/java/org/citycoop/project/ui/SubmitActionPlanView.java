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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.IndicatorTarget;
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
 * Task screen of {@code Task_SubmitActionPlan}: the partner city sums up how it carries the results
 * on and sets its indicator targets (indicator of the library, baseline, target, target date), which
 * the follow-up rounds report on.
 */
@Route(value = "task/" + ProjectProcess.FORM_SUBMIT_ACTION_PLAN + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class SubmitActionPlanView extends ImplementationTaskView<ProjectTask> {

    private final IndicatorService indicators;
    private final List<Row> rows = new ArrayList<>();
    private final Div targets = new Div();
    private final Span targetsProblem = new Span();

    SubmitActionPlanView(ProjectService projects, ImplementationService implementation, IndicatorService indicators,
                         TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("implementation.action-plan.title", projects, implementation, subjects, currentUser);
        this.indicators = indicators;
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_SUBMIT_ACTION_PLAN, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        rows.clear();
        targets.removeAll();
        targets.setWidthFull();
        targetsProblem.addClassName("overdue");
        List<Indicator> library = indicators.inReadingOrder(getLocale());
        TextArea summary = LongText.required(this, "implementation.action-plan.summary", "implementation.action-plan.summary.help", 4000);
        addRow(library);
        Button add = new Button(getTranslation("followup.targets.add"), VaadinIcon.PLUS.create(), click -> addRow(library));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button submit = new Button(getTranslation("implementation.action-plan.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            List<Row> entered = rows.stream().filter(row -> !row.isEmpty()).toList();
            TaskSubmit.run(() -> implementation.submitActionPlan(task.task().id(),
                            new ActionPlan(summary.getValue(), entered.stream().map(Row::target).toList()), currentUser.require()),
                    getTranslation("implementation.action-plan.done", task.project().code()), () -> {
                        targetsProblem.setText("");
                        ServerProblems problems = new ServerProblems().field("summary", summary).field("targets", targetsProblem::setText);
                        for (int i = 0; i < entered.size(); i++) {
                            problems.with(entered.get(i).problems("targets[" + i + "]."));
                        }
                        return problems;
                    });
        });
        add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()), summary,
                new H3(getTranslation("followup.targets")), new Paragraph(getTranslation("followup.targets.intro")),
                targetsProblem, targets, add, submit);
    }

    private void addRow(List<Indicator> library) {
        Row row = new Row(library);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            targets.remove(row.layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("followup.targets.remove"));
        row.layout.add(row.indicator, row.unit, row.baseline, row.target, row.targetDate, remove);
        rows.add(row);
        targets.add(row.layout);
    }

    /** One indicator target; the unit comes from the library. Its fields wrap on a phone ({@code plan-row}). */
    private final class Row {
        private final Select<Indicator> indicator = new Select<>();
        private final TextField unit = new TextField(getTranslation("followup.target.unit"));
        private final TextField baseline = new TextField(getTranslation("followup.target.baseline"));
        private final TextField target = new TextField(getTranslation("followup.target.target"));
        private final DatePicker targetDate = new DatePicker(getTranslation("followup.target.date"));
        private final Div layout = new Div();

        private Row(List<Indicator> library) {
            indicator.setLabel(getTranslation("followup.target.indicator"));
            indicator.setItems(library);
            indicator.setItemLabelGenerator(value -> Formats.name(value.name()));
            indicator.addValueChangeListener(change -> unit.setValue(change.getValue() == null ? "" : change.getValue().unit()));
            unit.setReadOnly(true);
            indicator.addClassName("plan-title");
            unit.addClassName("plan-date");
            baseline.addClassName("plan-date");
            target.addClassName("plan-date");
            targetDate.addClassName("plan-date");
            layout.addClassNames("plan-row", "target-row");
            // the number fields' messages are long: the row grows with them instead of letting them overflow
            layout.getStyle().set("align-items", "flex-start");
        }

        private boolean isEmpty() {
            return indicator.getValue() == null && baseline.getValue().isBlank() && target.getValue().isBlank()
                    && targetDate.getValue() == null;
        }

        private IndicatorTarget target() {
            return new IndicatorTarget(indicator.getValue() == null ? null : indicator.getValue().code(), baseline.getValue(),
                    target.getValue(), targetDate.getValue());
        }

        private ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "indicator", indicator).field(prefix + "baseline", baseline)
                    .field(prefix + "target", target).field(prefix + "targetDate", targetDate);
        }
    }
}

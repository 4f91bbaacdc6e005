package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.ActionItem;
import org.citycoop.training.IndicatorTarget;
import org.citycoop.training.Trainee;
import org.citycoop.training.TraineeActionPlan;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.base.ui.ButtonRow;

/**
 * Task screen of {@code Task_SubmitActionPlans}: the partner coordinator saves each trainee's
 * action plan (measures with responsible person and deadline; targets on indicators of the
 * library), then submits them all.
 */
@Route(value = "task/" + TrainingProcess.FORM_SUBMIT_ACTION_PLANS + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class SubmitActionPlansView extends TrainingTaskView {

    private final IndicatorService indicators;

    SubmitActionPlansView(TrainingService training, IndicatorService indicators, TaskSubjectLookup subjects,
                          CurrentUser currentUser) {
        super("training.plans.title", TrainingProcess.TASK_SUBMIT_ACTION_PLANS, training, subjects, currentUser);
        this.indicators = indicators;
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(new H3(getTranslation("training.plans.status")), status(task));
        List<Indicator> library = indicators.inReadingOrder(getLocale());
        Select<Trainee> trainee = new Select<>();
        trainee.setLabel(getTranslation("training.plans.trainee"));
        trainee.setItems(task.programme().trainees());
        trainee.setItemLabelGenerator(Trainee::name);
        Rows<MeasureRow> measures = new Rows<>("items", MeasureRow::new, getTranslation("training.plans.measure.add"),
                getTranslation("training.plans.measure.remove"));
        Rows<TargetRow> targets = new Rows<>("targets", () -> new TargetRow(library),
                getTranslation("training.plans.target.add"), getTranslation("training.plans.target.remove"));
        trainee.addValueChangeListener(change -> {
            measures.clear();
            targets.clear();
            TraineeActionPlan saved = change.getValue() == null ? null : task.programme().plans().get(change.getValue().id());
            if (saved == null) {
                measures.add();
                return;
            }
            saved.items().forEach(item -> measures.add().fill(item));
            saved.targets().forEach(target -> targets.add().fill(target));
        });
        measures.add();
        ServerProblems problems = new ServerProblems().field("trainee", trainee);
        Button save = new Button(getTranslation("training.plans.save"), click -> SaveAndStay.run(
                () -> training.saveActionPlan(task.task().id(), new TraineeActionPlan(trainee.isEmpty() ? -1 : trainee.getValue().id(),
                        measures.entered(MeasureRow::item), targets.entered(TargetRow::target)), currentUser.require()),
                getTranslation("training.plans.saved", trainee.isEmpty() ? "" : trainee.getValue().name()),
                () -> problems.with(measures.problems()).with(targets.problems()), () -> reload(task)));
        Button submit = new Button(getTranslation("training.plans.submit"), click -> TaskSubmit.run(
                () -> training.submitActionPlans(task.task().id(), currentUser.require()),
                done("training.plans.done", task), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = ButtonRow.of(save, submit);
        add(new H3(getTranslation("training.plans.edit")), new Paragraph(getTranslation("training.plans.intro")), trainee,
                new H3(getTranslation("training.plans.measures")), measures,
                new H3(getTranslation("training.plans.targets")), targets, buttons);
    }

    private Grid<Trainee> status(TrainingTask task) {
        Grid<Trainee> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("training.plans.status"));
        grid.addColumn(Trainee::name).setHeader(getTranslation("training.trainee.name"));
        grid.addColumn(trainee -> {
            TraineeActionPlan plan = task.programme().plans().get(trainee.id());
            return plan == null ? getTranslation("training.plans.missing")
                    : getTranslation("training.plans.saved-summary", plan.items().size(), plan.targets().size());
        }).setHeader(getTranslation("training.plans.plan"));
        grid.setItems(task.programme().trainees());
        return grid;
    }

    /** One measure. */
    private final class MeasureRow implements Rows.Row {
        private final TextField description = new TextField(getTranslation("training.plans.measure.description"));
        private final TextField responsible = new TextField(getTranslation("training.plans.measure.responsible"));
        private final DatePicker deadline = new DatePicker(getTranslation("training.plans.measure.deadline"));
        private final Div layout = new Div(description, responsible, deadline);

        private MeasureRow() {
            description.setMaxLength(500);
            responsible.setMaxLength(200);
            description.addClassName("plan-title");
            responsible.addClassName("plan-title");
            deadline.addClassName("plan-date");
        }

        void fill(ActionItem item) {
            description.setValue(item.description());
            responsible.setValue(item.responsible());
            deadline.setValue(item.deadline());
        }

        ActionItem item() {
            return new ActionItem(description.getValue(), responsible.getValue(), deadline.getValue());
        }

        @Override
        public Component layout() {
            return layout;
        }

        @Override
        public boolean isEmpty() {
            return description.isEmpty() && responsible.isEmpty() && deadline.isEmpty();
        }

        @Override
        public ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "description", description).field(prefix + "responsible", responsible)
                    .field(prefix + "deadline", deadline);
        }
    }

    /** One indicator target. */
    private final class TargetRow implements Rows.Row {
        private final Select<Indicator> indicator = new Select<>();
        private final TextField baseline = new TextField(getTranslation("training.plans.target.baseline"));
        private final TextField target = new TextField(getTranslation("training.plans.target.target"));
        private final DatePicker targetDate = new DatePicker(getTranslation("training.plans.target.date"));
        private final Div layout = new Div(indicator, baseline, target, targetDate);

        private TargetRow(List<Indicator> library) {
            indicator.setLabel(getTranslation("training.plans.target.indicator"));
            indicator.setItems(library);
            indicator.setItemLabelGenerator(value -> Formats.name(value.name()) + " (" + value.unit() + ")");
            indicator.addClassName("plan-title");
            baseline.addClassName("plan-date");
            target.addClassName("plan-date");
            targetDate.addClassName("plan-date");
        }

        void fill(IndicatorTarget saved) {
            indicator.getListDataView().getItems().filter(value -> value.code().equals(saved.indicatorCode())).findFirst()
                    .ifPresent(indicator::setValue);
            baseline.setValue(saved.baseline());
            target.setValue(saved.target());
            targetDate.setValue(saved.targetDate());
        }

        IndicatorTarget target() {
            return new IndicatorTarget(indicator.isEmpty() ? null : indicator.getValue().code(), baseline.getValue(),
                    target.getValue(), targetDate.getValue());
        }

        @Override
        public Component layout() {
            return layout;
        }

        @Override
        public boolean isEmpty() {
            return indicator.isEmpty() && baseline.isEmpty() && target.isEmpty() && targetDate.isEmpty();
        }

        @Override
        public ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "indicator", indicator).field(prefix + "baseline", baseline)
                    .field(prefix + "target", target).field(prefix + "targetDate", targetDate);
        }
    }
}

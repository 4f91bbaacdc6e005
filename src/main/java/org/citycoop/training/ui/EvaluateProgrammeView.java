package org.citycoop.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.EvaluationSummary;
import org.citycoop.training.Trainee;
import org.citycoop.training.TraineeEvaluation;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_EvaluateProgramme}: the officer records each trainee's satisfaction
 * (1–5) and comment; the summary (how many answered, average satisfaction) follows what is entered.
 */
@Route(value = "task/" + TrainingProcess.FORM_EVALUATE_PROGRAMME + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class EvaluateProgrammeView extends TrainingTaskView {

    EvaluateProgrammeView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.evaluation.title", TrainingProcess.TASK_EVALUATE_PROGRAMME, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(ProgrammeFacts.sessions(this, task.programme()), new Paragraph(getTranslation("training.evaluation.intro")));
        Span summary = new Span();
        summary.addClassName("evaluation-summary");
        List<Row> rows = new ArrayList<>();
        ServerProblems problems = new ServerProblems();
        List<Trainee> trainees = task.programme().trainees();
        for (int i = 0; i < trainees.size(); i++) {
            Row row = new Row(trainees.get(i), task.programme().attendanceOf(trainees.get(i).id()), task.programme().sessions().size());
            row.satisfaction.addValueChangeListener(change -> summary.setText(summaryText(rows)));
            problems.with(row.problems("evaluations[" + i + "]."));
            rows.add(row);
            add(row.layout);
        }
        summary.setText(summaryText(rows));
        Button submit = new Button(getTranslation("training.evaluation.submit"), click -> TaskSubmit.run(
                () -> training.evaluate(task.task().id(), rows.stream().map(Row::evaluation).toList(), currentUser.require()),
                done("training.evaluation.done", task), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summary, submit);
    }

    private String summaryText(List<Row> rows) {
        EvaluationSummary summary = EvaluationSummary.of(rows.stream().map(row -> row.satisfaction.getValue()).toList());
        return summary.count() == 0 ? getTranslation("training.evaluation.summary.none")
                : getTranslation("training.evaluation.summary", summary.count(), summary.average().toPlainString());
    }

    /** One trainee's evaluation. */
    private final class Row {
        private final Trainee trainee;
        private final IntegerField satisfaction;
        private final TextField comment;
        private final Div layout = new Div();

        private Row(Trainee trainee, long attended, int sessions) {
            this.trainee = trainee;
            satisfaction = new IntegerField(getTranslation("training.evaluation.satisfaction", trainee.name()));
            satisfaction.setHelperText(getTranslation("training.evaluation.attended", attended, sessions));
            satisfaction.setStepButtonsVisible(true);
            comment = new TextField(getTranslation("training.evaluation.comment", trainee.name()));
            comment.setMaxLength(2000);
            satisfaction.setWidth("17em");
            comment.addClassName("plan-title");
            layout.add(satisfaction, comment);
            layout.addClassName("plan-row");
            layout.setWidthFull();
            layout.getStyle().set("box-sizing", "border-box");
        }

        TraineeEvaluation evaluation() {
            return new TraineeEvaluation(trainee.id(), satisfaction.getValue(), comment.getValue());
        }

        ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "satisfaction", satisfaction).field(prefix + "comment", comment);
        }
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.CompletionReport;
import org.citycoop.project.CompletionReportPrintout;
import org.citycoop.project.DacCriterion;
import org.citycoop.project.Evaluation;
import org.citycoop.project.ImplementationService;
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
 * Task screen of {@code Task_EvaluateProject}: the manager reads the completion report and rates
 * the six OECD-DAC criteria, A (best) to D, each with the reason for the rating.
 */
@Route(value = "task/" + ProjectProcess.FORM_EVALUATE_PROJECT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class EvaluateProjectView extends ImplementationTaskView<ProjectTask> {

    private static final List<String> RATINGS = List.of("A", "B", "C", "D");

    private final CompletionReportPrintout completionPrintout;

    EvaluateProjectView(ProjectService projects, ImplementationService implementation, TaskSubjectLookup subjects,
                        CurrentUser currentUser, CompletionReportPrintout completionPrintout) {
        super("implementation.evaluation.title", projects, implementation, subjects, currentUser);
        this.completionPrintout = completionPrintout;
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, ProjectProcess.TASK_EVALUATE_PROJECT, currentUser.require());
    }

    @Override
    protected void show(ProjectTask task) {
        add(new TaskHeader(task.task(), subjects));
        implementation.completionReport(task.project().code(), currentUser.require()).ifPresent(report -> add(reportCard(report),
                PrintLinks.completionReport(this, completionPrintout, task.project().code(), currentUser)));

        ServerProblems problems = new ServerProblems();
        List<Criterion> criteria = Arrays.stream(DacCriterion.values()).map(Criterion::new).toList();
        criteria.forEach(criterion -> {
            problems.with(criterion.problems());
            add(criterion.card);
        });
        Button submit = new Button(getTranslation("implementation.evaluation.submit"), click -> TaskSubmit.run(
                () -> implementation.evaluate(task.task().id(), criteria.stream().map(Criterion::evaluation).toList(),
                        currentUser.require()),
                getTranslation("implementation.evaluation.done", task.project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private Div reportCard(CompletionReport report) {
        String writtenOn = Formats.date(report.writtenAt());
        return Facts.card(getTranslation("implementation.evaluation.report", report.writtenBy(), writtenOn),
                Facts.wideFact(this, "implementation.report.outcomes", report.outcomes()),
                Facts.wideFact(this, "implementation.report.lessons", report.lessons()));
    }

    /** One criterion: what it asks, its rating and the reason; the server names its problems {@code relevance.rating} etc. */
    private final class Criterion {
        private final DacCriterion criterion;
        private final RadioButtonGroup<String> rating = new RadioButtonGroup<>();
        private final TextArea comment;
        private final Div card = new Div();

        private Criterion(DacCriterion criterion) {
            this.criterion = criterion;
            String name = getTranslation("implementation.evaluation.criterion." + criterion.name());
            rating.setLabel(getTranslation("implementation.evaluation.rating", name));
            rating.setItems(RATINGS);
            rating.setItemLabelGenerator(value -> getTranslation("implementation.evaluation.rating." + value));
            rating.setRequiredIndicatorVisible(true);
            comment = new TextArea(getTranslation("implementation.evaluation.comment", name));
            comment.setMaxLength(2000);
            comment.setRequiredIndicatorVisible(true);
            comment.setMinHeight("5em");
            FormLayout form = new FormLayout(rating, comment);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
            Paragraph question = new Paragraph(getTranslation("implementation.evaluation.question." + criterion.name()));
            question.addClassName("criterion-question");
            card.add(new H3(name), question, form);
            card.addClassName("criterion");
        }

        private ServerProblems problems() {
            String field = criterion.name().toLowerCase();
            return new ServerProblems().field(field + ".rating", rating).field(field + ".comment", comment);
        }

        private Evaluation evaluation() {
            return new Evaluation(criterion, rating.getValue(), comment.getValue());
        }
    }
}

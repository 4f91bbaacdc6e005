package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.ApplicationReview;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingScheme.ChecklistItem;
import org.citycoop.funding.FundingScheme.ScoringCriterion;
import org.citycoop.funding.FundingApplicationPrintout;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.FundingTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * Task screen of {@code Task_ScreenFundingApplication}: a reviewer of the scheme's agency ticks the
 * checklist, scores every criterion 1 to 5 and comments; or declares a conflict of interest.
 */
@Route(value = "task/" + FundingProcess.FORM_SCREEN_APPLICATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class ScreenFundingApplicationView extends TaskView<FundingTask> {

    private static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    private final FundingService funding;
    private final FundingApplicationPrintout printout;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ScreenFundingApplicationView(FundingService funding, FundingApplicationPrintout printout, TaskSubjectLookup subjects,
                                  CurrentUser currentUser) {
        super("funding.screen.title");
        this.funding = funding;
        this.printout = printout;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_SCREEN_APPLICATION, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        FundingApplication application = task.requireApplication();
        add(new TaskHeader(task.task(), subjects), FundingFacts.project(this, task.project()),
                FundingFacts.application(this, application),
                ApplicationPrintLink.of(this, printout, application.projectCode(), application.round(), currentUser));
        if (!application.reviews().isEmpty()) {
            add(FundingFacts.reviews(this, application));
        }
        if (application.submissionCount() > 1) {
            add(new Anchor(CompareSubmissionsView.routeOf(task.task()), getTranslation("reviewer.compare.link")));
        }

        // before the assessment: a reviewer with a conflict of interest declares it instead of scoring
        add(new ConflictDeclaration(funding, task, currentUser));
        Map<String, Checkbox> checks = new LinkedHashMap<>();
        add(new H3(getTranslation("funding.screen.checklist")));
        for (ChecklistItem item : application.scheme().checklist()) {
            Checkbox check = new Checkbox(getTranslation(application.scheme().checklistKey(item)));
            checks.put(item.code(), check);
            add(check);
        }
        Span checklistProblem = new Span();
        checklistProblem.addClassName("overdue");
        add(checklistProblem);

        add(new H3(getTranslation("funding.screen.scores")));
        Map<String, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
        for (ScoringCriterion criterion : application.scheme().criteria()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("funding.screen.criterion",
                    getTranslation(application.scheme().criterionKey(criterion)),
                    criterion.weight()));
            score.setItems(SCORES);
            // at the full width a long criterion wraps on a phone (see the theme) instead of running off the screen
            score.setWidthFull();
            score.setRequiredIndicatorVisible(true);
            scores.put(criterion.code(), score);
            add(score);
        }
        TextArea comment = new TextArea(getTranslation("funding.screen.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        comment.setMinHeight("8em");

        Button save = new Button(getTranslation("funding.screen.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            ApplicationReview review = new ApplicationReview();
            scores.forEach((code, score) -> {
                score.setInvalid(false);
                if (score.getValue() != null) {
                    review.getScores().put(code, score.getValue());
                }
            });
            checks.forEach((code, check) -> {
                if (check.getValue()) {
                    review.getFulfilledItems().add(code);
                }
            });
            review.setComment(comment.getValue());
            TaskSubmit.run(() -> funding.screen(task.task().id(), review, currentUser.require()),
                    getTranslation("funding.screen.done", task.project().code()), () -> {
                        ServerProblems problems = new ServerProblems().field("comment", comment)
                                .field("fulfilledItems", checklistProblem::setText);
                        scores.forEach((code, score) -> problems.field("scores." + code, score));
                        return problems;
                    });
        });
        add(comment, save);
    }
}

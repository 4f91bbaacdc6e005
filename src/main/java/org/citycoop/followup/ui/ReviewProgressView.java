package org.citycoop.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.FollowUpTask;
import org.citycoop.followup.ProgressReview;
import org.citycoop.followup.ReviewOutcome;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_ReviewProgress}: the officer reads the round's values against baseline
 * and target, accepts them (and says whether a follow-up visit is needed) or asks the partner to correct them.
 */
@Route(value = "task/" + FollowUpProcess.FORM_REVIEW_PROGRESS + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ReviewProgressView extends FollowUpTaskView {

    ReviewProgressView(FollowUpService followUps, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("followup.review.title", FollowUpProcess.TASK_REVIEW_PROGRESS, followUps, subjects, currentUser);
    }

    @Override
    protected void show(FollowUpTask task) {
        RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>(getTranslation("followup.review.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("followup.review.outcome." + value.name()));
        outcome.setRequiredIndicatorVisible(true);
        RadioButtonGroup<Boolean> visit = new RadioButtonGroup<>(getTranslation("followup.review.visit"));
        visit.setItems(true, false);
        visit.setItemLabelGenerator(value -> getTranslation(value ? "followup.review.visit.yes" : "followup.review.visit.no"));
        visit.setHelperText(getTranslation("followup.review.visit.help"));
        visit.setVisible(false);
        outcome.addValueChangeListener(change -> visit.setVisible(change.getValue() == ReviewOutcome.ACCEPTED));
        TextArea comment = new TextArea(getTranslation("followup.review.comment"));
        comment.setHelperText(getTranslation("followup.review.comment.help"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        ServerProblems problems = new ServerProblems().field("outcome", outcome).field("visitNeeded", visit).field("comment", comment);
        Button submit = new Button(getTranslation("followup.review.submit"), click -> TaskSubmit.run(
                () -> followUps.review(task.task().id(), new ProgressReview(outcome.getValue(),
                        visit.isVisible() ? visit.getValue() : null, comment.getValue()), currentUser.require()),
                getTranslation("followup.review.done", task.round().orElseThrow().number(), task.project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(header(task), roundFacts(task), new IndicatorTable(task.progress(), true), outcome, visit, comment, submit);
    }
}

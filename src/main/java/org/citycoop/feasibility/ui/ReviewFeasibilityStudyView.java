package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FeasibilityTask;
import org.citycoop.feasibility.StudyReviewDecision;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;
import org.citycoop.base.ui.ButtonRow;

/** Task screen of {@code Task_ReviewFeasibilityStudy}: the manager reads the study and accepts it or returns it for revision. */
@Route(value = "task/" + FeasibilityProcess.FORM_REVIEW_STUDY + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class ReviewFeasibilityStudyView extends TaskView<FeasibilityTask> {

    private final FeasibilityService feasibility;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ReviewFeasibilityStudyView(FeasibilityService feasibility, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("feasibility.review.title");
        this.feasibility = feasibility;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FeasibilityTask open(String taskId) {
        return feasibility.openTask(taskId, FeasibilityProcess.TASK_REVIEW_STUDY, currentUser.require());
    }

    @Override
    protected void show(FeasibilityTask task) {
        add(new TaskHeader(task.task(), subjects));
        task.study().ifPresent(study -> {
            add(StudyFacts.scope(this, study));
            if (study.hasSurvey()) {
                add(StudyFacts.survey(this, study));
            }
            if (study.hasReport()) {
                add(StudyFacts.findings(this, study, ReportLink.of(feasibility, task.projectCode(), currentUser.require(),
                        study.reportFileName())));
            }
        });

        TextArea comment = new TextArea(getTranslation("feasibility.review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setMinHeight("6em");
        comment.setHelperText(getTranslation("feasibility.review.comment.help"));
        ServerProblems problems = new ServerProblems().field("comment", comment);

        Button accept = decisionButton("feasibility.review.accept", StudyReviewDecision.ACCEPT, task, comment, problems);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button revise = decisionButton("feasibility.review.revise", StudyReviewDecision.REVISE, task, comment, problems);
        add(comment, ButtonRow.of(accept, revise));
    }

    private Button decisionButton(String labelKey, StudyReviewDecision decision, FeasibilityTask task, TextArea comment,
                                  ServerProblems problems) {
        return new Button(getTranslation(labelKey), click -> TaskSubmit.run(
                () -> feasibility.review(task.task().id(), decision, comment.getValue(), currentUser.require()),
                getTranslation("feasibility.review.done." + decision.name(), task.projectCode()), () -> problems));
    }
}

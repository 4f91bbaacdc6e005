package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.FundingTask;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * Task screen of {@code Task_DraftFundingApplication}: the officer writes the application and sends
 * it to the manager; a returned application shows the manager's comment, a failed submission its problem.
 */
@Route(value = "task/" + FundingProcess.FORM_DRAFT_APPLICATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class DraftFundingApplicationView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    DraftFundingApplicationView(FundingService funding, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("funding.draft.title");
        this.funding = funding;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_DRAFT_APPLICATION, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        FundingApplication application = task.requireApplication();
        add(new TaskHeader(task.task(), subjects), FundingFacts.scheme(this, application.scheme()));
        application.lastInternalApproval().filter(approval -> approval.decision() == InternalApprovalDecision.RETURN)
                .ifPresent(approval -> add(FundingFacts.returned(this, approval)));
        application.submissionProblemMessage().ifPresent(problem -> add(FundingFacts.submissionProblem(this, problem)));
        DraftForm form = new DraftForm();
        form.setDraft(application.toDraft());
        Button send = new Button(getTranslation("funding.draft.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> form.draft().ifPresent(draft -> TaskSubmit.run(
                () -> funding.submitDraft(task.task().id(), draft, currentUser.require()),
                getTranslation("funding.draft.done", task.project().code()), form::problems)));
        add(form, send);
    }
}

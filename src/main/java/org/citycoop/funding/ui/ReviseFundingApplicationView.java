package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingProcess;
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
 * Task screen of {@code Task_ReviseFundingApplication}: the officer revises the application as the
 * agency asked and resubmits it before the deadline; after the deadline the application lapses.
 */
@Route(value = "task/" + FundingProcess.FORM_REVISE_APPLICATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ReviseFundingApplicationView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ReviseFundingApplicationView(FundingService funding, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("funding.revise.title");
        this.funding = funding;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_REVISE_APPLICATION, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        FundingApplication application = task.requireApplication();
        add(new TaskHeader(task.task(), subjects));
        application.lastDecision().filter(decision -> decision.decision() == FundingDecision.REVISE)
                .ifPresent(decision -> add(FundingFacts.revisionRequest(this, decision)));
        DraftForm form = new DraftForm();
        form.setDraft(application.toDraft());
        Button resubmit = new Button(getTranslation("funding.revise.submit"));
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(click -> form.draft().ifPresent(draft -> TaskSubmit.run(
                () -> funding.revise(task.task().id(), draft, currentUser.require()),
                getTranslation("funding.revise.done", task.project().code()), form::problems)));
        add(FundingFacts.scheme(this, application.scheme()), form, resubmit);
    }
}

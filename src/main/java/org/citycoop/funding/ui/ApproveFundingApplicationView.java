package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingApplicationPrintout;
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
import org.citycoop.base.ui.ButtonRow;

/** Task screen of {@code Task_ApproveFundingApplication}: the manager approves the application for submission or returns it. */
@Route(value = "task/" + FundingProcess.FORM_APPROVE_APPLICATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
class ApproveFundingApplicationView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final FundingApplicationPrintout printout;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ApproveFundingApplicationView(FundingService funding, FundingApplicationPrintout printout, TaskSubjectLookup subjects,
                                   CurrentUser currentUser) {
        super("funding.approve.title");
        this.funding = funding;
        this.printout = printout;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_APPROVE_APPLICATION, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        add(new TaskHeader(task.task(), subjects), FundingFacts.project(this, task.project()),
                FundingFacts.application(this, task.requireApplication()), ApplicationPrintLink.of(this, printout,
                        task.requireApplication().projectCode(), task.requireApplication().round(), currentUser));
        TextArea comment = new TextArea(getTranslation("funding.approve.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setMinHeight("6em");
        comment.setHelperText(getTranslation("funding.approve.comment.help"));
        Button approve = decisionButton(InternalApprovalDecision.APPROVE, task, comment);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button returnToOfficer = decisionButton(InternalApprovalDecision.RETURN, task, comment);
        add(comment, ButtonRow.of(approve, returnToOfficer));
    }

    private Button decisionButton(InternalApprovalDecision decision, FundingTask task, TextArea comment) {
        return new Button(getTranslation("funding.approve." + decision.name()), click -> TaskSubmit.run(
                () -> funding.approveInternally(task.task().id(), decision, comment.getValue(), currentUser.require()),
                getTranslation("funding.approve.done." + decision.name(), task.project().code()),
                () -> new ServerProblems().field("comment", comment)));
    }
}

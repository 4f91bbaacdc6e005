package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingDecisionInput;
import org.citycoop.funding.FundingProcess;
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
 * Task screen of {@code Task_DecideOnFundingApplication}: a reviewer of the agency approves (with an
 * amount up to the requested one), rejects with the reason, or asks for a revision by a deadline.
 */
@Route(value = "task/" + FundingProcess.FORM_DECIDE_APPLICATION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class DecideOnFundingApplicationView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final FundingApplicationPrintout printout;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;
    private final Clock clock;

    DecideOnFundingApplicationView(FundingService funding, FundingApplicationPrintout printout, TaskSubjectLookup subjects,
                                    CurrentUser currentUser, Clock clock) {
        super("funding.decide.title");
        this.funding = funding;
        this.printout = printout;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_DECIDE_APPLICATION, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        FundingApplication application = task.requireApplication();
        add(new TaskHeader(task.task(), subjects), FundingFacts.project(this, task.project()),
                FundingFacts.application(this, application),
                ApplicationPrintLink.of(this, printout, application.projectCode(), application.round(), currentUser),
                FundingFacts.reviews(this, application));

        RadioButtonGroup<FundingDecision> decision = new RadioButtonGroup<>(getTranslation("funding.decide.decision"));
        decision.setItems(FundingDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation("funding.decide." + value.name()));
        decision.setRequiredIndicatorVisible(true);
        YenField amount = new YenField(getTranslation("funding.decide.approved-amount"));
        amount.setAmount(application.requestedAmountJpy());
        amount.setHelperText(getTranslation("funding.decide.approved-amount.help"));
        TextArea reason = new TextArea(getTranslation("funding.decide.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setMinHeight("6em");
        DatePicker deadline = new DatePicker(getTranslation("funding.decide.deadline"));
        LocalDate today = LocalDate.now(clock);
        deadline.setMin(today.plusDays(1));
        deadline.setMax(today.plusMonths(12));
        deadline.setHelperText(getTranslation("funding.decide.deadline.help"));
        decision.addValueChangeListener(change -> {
            amount.setVisible(change.getValue() == FundingDecision.APPROVE);
            reason.setVisible(change.getValue() != FundingDecision.APPROVE);
            deadline.setVisible(change.getValue() == FundingDecision.REVISE);
        });
        amount.setVisible(false);
        reason.setVisible(false);
        deadline.setVisible(false);

        Button record = new Button(getTranslation("funding.decide.submit"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> {
            FundingDecisionInput input = new FundingDecisionInput();
            input.setDecision(decision.getValue());
            input.setApprovedAmountJpy(amount.amount());
            input.setReason(reason.getValue());
            input.setRevisionDeadline(deadline.getValue());
            String done = decision.getValue() == null ? "" : getTranslation("funding.decide.done." + decision.getValue().name(),
                    task.project().code());
            TaskSubmit.run(() -> funding.decide(task.task().id(), input, currentUser.require()), done,
                    () -> new ServerProblems().field("decision", decision).field("approvedAmountJpy", amount)
                            .field("reason", reason).field("revisionDeadline", deadline));
        });
        // a reviewer with a conflict of interest declares it before deciding anything
        add(new ConflictDeclaration(funding, task, currentUser), decision, amount, reason, deadline, record);
    }
}

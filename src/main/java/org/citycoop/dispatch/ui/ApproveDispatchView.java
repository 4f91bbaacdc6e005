package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.citycoop.dispatch.ApprovalDecision;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.base.ui.ButtonRow;

/** The manager's and the head's approval of travel and budget: the same screen for two roles. */
abstract class ApproveDispatchView extends DispatchTaskView {

    ApproveDispatchView(String titleKey, String taskDefinitionKey, DispatchService dispatches, TaskSubjectLookup subjects,
                        CurrentUser currentUser) {
        super(titleKey, taskDefinitionKey, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        TextArea reason = longText("dispatch.approve.reason", "dispatch.approve.reason.help", 2000, false);
        ServerProblems problems = new ServerProblems().field("reason", reason);
        Button approve = decision(task, ApprovalDecision.APPROVE, reason, problems);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button refuse = decision(task, ApprovalDecision.REFUSE, reason, problems);
        refuse.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason, ButtonRow.of(approve, refuse));
    }

    private Button decision(DispatchTask task, ApprovalDecision decision, TextArea reason, ServerProblems problems) {
        return submitButton("dispatch.approve." + decision.name(), () -> dispatches.decide(task.task().id(), decision,
                reason.getValue(), currentUser.require()), "dispatch.approve.done." + decision.name(), task, problems);
    }
}

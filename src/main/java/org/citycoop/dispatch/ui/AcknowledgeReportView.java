package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.dispatch.MissionReportPrintout;
import org.citycoop.dispatch.ReportResponse;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.base.ui.ButtonRow;

/** Task screen of {@code Task_AcknowledgeMissionReport}: the partner coordinator acknowledges the report or asks a question. */
@Route(value = "task/" + DispatchProcess.FORM_ACKNOWLEDGE_REPORT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class AcknowledgeReportView extends DispatchTaskView {

    private final MissionReportPrintout printout;

    AcknowledgeReportView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser,
                          MissionReportPrintout printout) {
        super("dispatch.acknowledge.title", DispatchProcess.TASK_ACKNOWLEDGE_REPORT, dispatches, subjects, currentUser);
        this.printout = printout;
    }

    @Override
    protected void form(DispatchTask task) {
        add(MissionReportLink.of(this, printout, task.project().code(), task.requireDispatch().id(), currentUser));
        TextArea question = longText("dispatch.field.question", "dispatch.field.question.help", 2000, false);
        ServerProblems problems = new ServerProblems().field("question", question);
        Button acknowledge = response(task, ReportResponse.ACKNOWLEDGE, question, problems);
        Button ask = response(task, ReportResponse.ASK_QUESTION, question, problems);
        ask.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(question, ButtonRow.of(acknowledge, ask));
    }

    private Button response(DispatchTask task, ReportResponse response, TextArea question, ServerProblems problems) {
        return submitButton("dispatch.acknowledge." + response.name(), () -> dispatches.respondToReport(task.task().id(), response,
                question.getValue(), currentUser.require()), "dispatch.acknowledge.done." + response.name(), task, problems);
    }
}

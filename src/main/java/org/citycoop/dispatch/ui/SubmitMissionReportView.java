package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_SubmitMissionReport}: after the return date the officer reports on the mission. */
@Route(value = "task/" + DispatchProcess.FORM_SUBMIT_MISSION_REPORT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class SubmitMissionReportView extends DispatchTaskView {

    SubmitMissionReportView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.report.title", DispatchProcess.TASK_SUBMIT_MISSION_REPORT, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        TextArea activities = longText("dispatch.field.activities", "dispatch.field.activities.help", 4000, true);
        TextArea findings = longText("dispatch.field.findings", "dispatch.field.findings.help", 4000, true);
        TextArea recommendations = longText("dispatch.field.recommendations", "dispatch.field.recommendations.help", 4000, true);
        DocumentUploadField document = new DocumentUploadField(getTranslation("dispatch.field.document"),
                getTranslation("document.upload.help"));
        document.setWidthFull();
        ServerProblems problems = new ServerProblems().field("activities", activities).field("findings", findings)
                .field("recommendations", recommendations).field("document", document::showError);
        add(activities, findings, recommendations, document, submitButton("dispatch.report.submit",
                () -> dispatches.submitMissionReport(task.task().id(), activities.getValue(), findings.getValue(),
                        recommendations.getValue(), document.fileName(), document.content(), currentUser.require()),
                "dispatch.report.done", task, problems));
    }
}

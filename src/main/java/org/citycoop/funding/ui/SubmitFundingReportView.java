package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.DueReport;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingReportService;
import org.citycoop.funding.FundingReportTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/** Task screen of {@code Task_SubmitFundingReport}: the officer delivers a report the agreement requires. */
@Route(value = "task/" + FundingProcess.FORM_SUBMIT_REPORT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class SubmitFundingReportView extends TaskView<FundingReportTask> {

    private final FundingReportService reports;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    SubmitFundingReportView(FundingReportService reports, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("funding.report.title");
        this.reports = reports;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingReportTask open(String taskId) {
        return reports.openTask(taskId, currentUser.require());
    }

    @Override
    protected void show(FundingReportTask task) {
        DueReport report = task.report();
        add(new TaskHeader(task.task(), subjects));
        add(FundingFacts.project(this, task.project()), FundingFacts.report(this, report));

        TextArea summary = new TextArea(getTranslation("funding.report.summary"));
        summary.setHelperText(getTranslation("funding.report.summary.help"));
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(4000);
        summary.setMinHeight("8em");
        summary.setWidthFull();
        DocumentUploadField file = new DocumentUploadField(getTranslation("funding.report.file"),
                getTranslation("document.upload.help"));
        file.setWidthFull();
        ServerProblems problems = new ServerProblems().field("summary", summary).field("file", file::showError);

        Button submit = new Button(getTranslation("funding.report.submit"), click -> TaskSubmit.run(
                () -> reports.submit(task.task().id(), summary.getValue(), file.fileName(), file.content(), currentUser.require()),
                getTranslation("funding.report.done", report.title().in(Formats.screenLocale()), task.project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summary, file, submit);
    }
}

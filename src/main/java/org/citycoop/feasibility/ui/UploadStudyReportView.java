package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.StringToLongConverter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.BoundedMemoryUpload;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FeasibilityStudy;
import org.citycoop.feasibility.FeasibilityTask;
import org.citycoop.feasibility.StudyFindings;
import org.citycoop.feasibility.StudyStatus;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * Task screen of {@code Task_UploadStudyReport}: the officer uploads the report and records its
 * findings. After a review asked for revision, the manager's comment is shown first, the
 * findings are filled in as they were, and a new file is needed only to replace the report.
 * The file is held in memory until the officer submits; the server stores it and completes the
 * task in one transaction.
 */
@Route(value = "task/" + FeasibilityProcess.FORM_UPLOAD_REPORT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class UploadStudyReportView extends TaskView<FeasibilityTask> {

    /** What the browser may send; the server checks size and real type again (DocumentService). */
    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final String[] ACCEPTED_TYPES = {"application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
            ".docx", ".xlsx", ".pptx"};

    private final FeasibilityService feasibility;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    private String chosenFileName;
    private byte[] chosenContent;

    UploadStudyReportView(FeasibilityService feasibility, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("feasibility.report.title");
        this.feasibility = feasibility;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FeasibilityTask open(String taskId) {
        return feasibility.openTask(taskId, FeasibilityProcess.TASK_UPLOAD_REPORT, currentUser.require());
    }

    @Override
    protected void show(FeasibilityTask task) {
        chosenFileName = null;
        chosenContent = null;
        add(new TaskHeader(task.task(), subjects));
        task.study().filter(study -> study.status() == StudyStatus.REVISION_REQUESTED)
                .flatMap(FeasibilityStudy::lastReview)
                .ifPresent(review -> add(StudyFacts.reviewComment(this, review)));
        task.study().ifPresent(study -> add(StudyFacts.scope(this, study)));
        task.study().filter(FeasibilityStudy::hasSurvey).ifPresent(study -> add(StudyFacts.survey(this, study)));

        Span reportError = new Span();
        reportError.getStyle().set("color", "var(--lumo-error-text-color)");
        reportError.setVisible(false);
        Div report = reportField(task, reportError);

        TextField technology = new TextField(getTranslation("feasibility.field.recommended-technology"));
        technology.setMaxLength(500);
        technology.setRequiredIndicatorVisible(true);
        TextField cost = new TextField(getTranslation("feasibility.field.estimated-cost"));
        cost.setPrefixComponent(new Span("¥"));
        cost.setHelperText(getTranslation("feasibility.field.estimated-cost.help"));
        cost.setRequiredIndicatorVisible(true);
        TextArea effect = new TextArea(getTranslation("feasibility.field.expected-effect"));
        effect.setHelperText(getTranslation("feasibility.field.expected-effect.help"));
        effect.setMaxLength(4000);
        effect.setRequiredIndicatorVisible(true);
        effect.setMinHeight("6em");
        BigDecimalField waste = new BigDecimalField(getTranslation("feasibility.field.waste-diverted"));
        waste.setHelperText(getTranslation("feasibility.field.tonnes.help"));
        BigDecimalField co2 = new BigDecimalField(getTranslation("feasibility.field.co2-reduced"));
        co2.setHelperText(getTranslation("feasibility.field.tonnes.help"));

        BeanValidationBinder<StudyFindings> binder = new BeanValidationBinder<>(StudyFindings.class);
        binder.forField(technology).bind("recommendedTechnology");
        binder.forField(cost)
                .withNullRepresentation("")
                .withConverter(new StringToLongConverter(getTranslation("feasibility.field.estimated-cost.number")))
                .bind("estimatedCostJpy");
        binder.forField(effect).bind("expectedEffect");
        binder.forField(waste).bind("wasteDivertedTonnesPerYear");
        binder.forField(co2).bind("co2ReducedTonnesPerYear");
        task.study().filter(FeasibilityStudy::hasReport).ifPresent(study -> binder.readBean(study.toFindings()));

        ServerProblems problems = new ServerProblems()
                .field("report", message -> {
                    reportError.setText(message);
                    reportError.setVisible(true);
                })
                .field("recommendedTechnology", technology).field("estimatedCostJpy", cost).field("expectedEffect", effect)
                .field("wasteDivertedTonnesPerYear", waste).field("co2ReducedTonnesPerYear", co2);

        FormLayout form = new FormLayout();
        form.add(report, 2);
        form.add(technology, 2);
        form.add(cost);
        form.add(new Div());
        form.add(waste, co2);
        form.add(effect, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button submit = new Button(getTranslation("feasibility.report.submit"), click -> {
            StudyFindings input = new StudyFindings();
            if (binder.writeBeanIfValid(input)) {
                reportError.setVisible(false);
                TaskSubmit.run(() -> feasibility.submitReport(task.task().id(), input, chosenFileName, chosenContent,
                        currentUser.require()), getTranslation("feasibility.report.done", task.projectCode()), () -> problems);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, submit);
    }

    private void showRejected(Span error, String fileName) {
        error.setText(getTranslation("feasibility.field.report.rejected", fileName));
        error.setVisible(true);
    }

    /** The upload with its label, the current report if there is one, and a line for the server's problem. */
    private Div reportField(FeasibilityTask task, Span error) {
        Span label = new Span(getTranslation("feasibility.field.report"));
        label.addClassName("fact-label");
        Span help = new Span(getTranslation("feasibility.field.report.help"));
        help.addClassName("fact-label");

        Upload upload = new Upload(new BoundedMemoryUpload(MAX_FILE_BYTES, (name, content) -> {
            chosenFileName = name;
            chosenContent = content;
            error.setVisible(false);
        }, name -> {
            chosenFileName = null;
            chosenContent = null;
            showRejected(error, name);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED_TYPES);
        upload.setUploadButton(new Button(getTranslation("feasibility.field.report.choose")));
        upload.setDropLabel(new Span(getTranslation("feasibility.field.report.drop")));
        upload.setWidthFull();
        upload.addFileRemovedListener(removed -> {
            chosenFileName = null;
            chosenContent = null;
        });
        upload.addFileRejectedListener(rejected -> showRejected(error, rejected.getFileName()));

        Div field = new Div(label);
        field.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        task.study().filter(FeasibilityStudy::hasReport).ifPresent(study -> {
            Div current = new Div(new Text(getTranslation("feasibility.field.report.current") + " "),
                    ReportLink.of(feasibility, task.projectCode(), currentUser.require(), study.reportFileName()));
            field.add(current);
        });
        field.add(upload, help, error);
        return field;
    }
}

package org.citycoop.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.FollowUpTask;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.ProgressEntry;
import org.citycoop.project.PlannedTarget;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_ReportProgress}: the partner coordinator reports the round's actual
 * value of each indicator of the action plan, with the day measured, a comment and evidence. After
 * a request for correction the officer's comment is shown and the values reported before are filled in.
 */
@Route(value = "task/" + FollowUpProcess.FORM_REPORT_PROGRESS + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class ReportProgressView extends FollowUpTaskView {

    ReportProgressView(FollowUpService followUps, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("followup.report.title", FollowUpProcess.TASK_REPORT_PROGRESS, followUps, subjects, currentUser);
    }

    @Override
    protected void show(FollowUpTask task) {
        add(header(task), roundFacts(task));
        task.round().orElseThrow().correctionRequest().ifPresent(request -> {
            Paragraph correction = new Paragraph(getTranslation("followup.report.correction", request.reviewedBy(), request.comment()));
            correction.addClassName("correction-request");
            correction.getStyle().set("color", "var(--lumo-error-text-color)");
            add(correction);
        });
        add(new H3(getTranslation("followup.report.indicators")), new Paragraph(getTranslation("followup.report.intro")));
        List<Entry> entries = new ArrayList<>();
        for (IndicatorProgress progress : task.progress()) {
            Entry entry = new Entry(progress);
            entries.add(entry);
            add(entry.layout);
        }
        Button submit = new Button(getTranslation("followup.report.submit"), click -> TaskSubmit.run(
                () -> followUps.reportProgress(task.task().id(), entries.stream().map(Entry::entry).toList(), currentUser.require()),
                getTranslation("followup.report.done", task.round().orElseThrow().number(), task.project().code()), () -> {
                    ServerProblems problems = new ServerProblems();
                    for (int i = 0; i < entries.size(); i++) {
                        problems.with(entries.get(i).problems("entries[" + i + "]."));
                    }
                    return problems;
                }));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    /** The fields of one indicator: what was planned, and what the partner reports now. */
    private final class Entry {
        private final PlannedTarget target;
        private final TextField actual = new TextField();
        private final DatePicker measuredOn = new DatePicker(getTranslation("followup.report.measured-on"));
        private final TextField comment = new TextField(getTranslation("followup.report.comment"));
        private final DocumentUploadField evidence = new DocumentUploadField(getTranslation("followup.report.evidence"),
                getTranslation("document.upload.help"));
        private final Div layout;

        private Entry(IndicatorProgress progress) {
            target = progress.target();
            actual.setLabel(getTranslation("followup.report.actual", Formats.name(target.indicator().name()), target.indicator().unit()));
            actual.setRequiredIndicatorVisible(true);
            actual.setHelperText(getTranslation("followup.report.actual.help", Values.number(target.baseline()),
                    Values.number(target.target()), Formats.date(target.targetDate())));
            measuredOn.setRequiredIndicatorVisible(true);
            comment.setMaxLength(2000);
            progress.actuals().stream().reduce((first, last) -> last).ifPresent(before -> {
                actual.setValue(Values.number(before.value()));
                measuredOn.setValue(before.measuredOn());
                comment.setValue(before.comment() == null ? "" : before.comment());
            });
            actual.addClassName("plan-title");
            measuredOn.addClassName("plan-date");
            comment.addClassName("plan-title");
            evidence.getStyle().set("grid-column", "1 / -1");
            Div fields = new Div(actual, measuredOn, comment);
            fields.addClassName("plan-row");
            fields.getStyle().set("grid-column", "1 / -1").set("align-items", "flex-start");
            layout = FactCards.card(Formats.name(target.indicator().name()), fields, evidence);
            layout.addClassName("progress-entry");
        }

        private ProgressEntry entry() {
            return new ProgressEntry(target.id(), actual.getValue(), measuredOn.getValue(), comment.getValue(),
                    evidence.fileName(), evidence.content());
        }

        private ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "actualValue", actual).field(prefix + "measuredOn", measuredOn)
                    .field(prefix + "comment", comment).field(prefix + "evidence", evidence::showError);
        }
    }
}

package org.citycoop.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.SessionKind;
import org.citycoop.training.SessionMethod;
import org.citycoop.training.Trainee;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingSession;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_RecordSession}: the officer records one session (when, kind, method,
 * venue, facilitator, participants on site and online, which trainees attended) and says whether
 * it was the programme's last.
 */
@Route(value = "task/" + TrainingProcess.FORM_RECORD_SESSION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class RecordSessionView extends TrainingTaskView {

    RecordSessionView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.session.title", TrainingProcess.TASK_RECORD_SESSION, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(ProgrammeFacts.curriculum(this, task.programme()));
        if (!task.programme().sessions().isEmpty()) {
            add(ProgrammeFacts.sessions(this, task.programme()));
        }
        DateTimePicker startsAt = new DateTimePicker(getTranslation("training.session.starts-at"));
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("training.session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("training.session.kind." + value.name()));
        RadioButtonGroup<SessionMethod> method = new RadioButtonGroup<>(getTranslation("training.session.method"));
        method.setItems(SessionMethod.values());
        method.setItemLabelGenerator(value -> getTranslation("training.session.method." + value.name()));
        TextField venue = new TextField(getTranslation("training.session.venue"));
        venue.setMaxLength(200);
        TextField facilitator = new TextField(getTranslation("training.session.facilitator"));
        facilitator.setMaxLength(200);
        IntegerField onSite = new IntegerField(getTranslation("training.session.on-site"));
        onSite.setHelperText(getTranslation("training.session.participants.help"));
        IntegerField online = new IntegerField(getTranslation("training.session.online"));
        online.setHelperText(getTranslation("training.session.participants.help"));
        CheckboxGroup<Trainee> attendees = new CheckboxGroup<>(getTranslation("training.session.attendees"));
        attendees.setItems(task.programme().trainees());
        attendees.setItemLabelGenerator(Trainee::name);
        Checkbox last = new Checkbox(getTranslation("training.session.last"));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(startsAt, kind, venue, facilitator, onSite, online);
        form.add(method, 2);
        form.add(attendees, 2);
        ServerProblems problems = new ServerProblems().field("startsAt", startsAt).field("kind", kind).field("method", method)
                .field("venue", venue).field("facilitator", facilitator).field("participantsOnSite", onSite)
                .field("participantsOnline", online).field("attendees", attendees);
        Button submit = new Button(getTranslation("training.session.submit"), click -> TaskSubmit.run(
                () -> training.recordSession(task.task().id(), new TrainingSession(startsAt.getValue(), kind.getValue(),
                        method.getValue(), venue.getValue(), facilitator.getValue(), onSite.getValue(), online.getValue(),
                        attendees.getValue().stream().map(Trainee::id).collect(Collectors.toSet())),
                        last.getValue(), currentUser.require()),
                done(last.getValue() ? "training.session.done.last" : "training.session.done", task), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, last, submit);
    }
}

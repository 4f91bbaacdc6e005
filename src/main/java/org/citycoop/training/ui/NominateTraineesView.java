package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.Gender;
import org.citycoop.training.Nomination;
import org.citycoop.training.Trainee;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_NominateTrainees}: the partner coordinator lists the trainees (name,
 * position, organisation, e-mail, gender if they wish); a list returned by the officer comes back
 * filled in, with the officer's comment.
 */
@Route(value = "task/" + TrainingProcess.FORM_NOMINATE_TRAINEES + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class NominateTraineesView extends TrainingTaskView {

    NominateTraineesView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.nominate.title", TrainingProcess.TASK_NOMINATE_TRAINEES, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(ProgrammeFacts.curriculum(this, task.programme()));
        if (task.programme().returnComment() != null) {
            Div comment = new Div(new Span(getTranslation("training.nominate.returned")),
                    new Paragraph(task.programme().returnComment()));
            comment.addClassName("manager-comment");
            add(comment);
        }
        Rows<TraineeRow> trainees = new Rows<>("trainees", TraineeRow::new, getTranslation("training.trainee.add"),
                getTranslation("training.trainee.remove"));
        if (task.programme().trainees().isEmpty()) {
            trainees.add();
        }
        task.programme().trainees().forEach(trainee -> trainees.add().fill(trainee));
        Button submit = new Button(getTranslation("training.nominate.submit"), click -> TaskSubmit.run(
                () -> training.nominateTrainees(task.task().id(), trainees.entered(TraineeRow::nomination), currentUser.require()),
                done("training.nominate.done", task), trainees::problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("training.nominate.intro")), trainees, submit);
    }

    /** One trainee. */
    private final class TraineeRow implements Rows.Row {
        private final TextField name = new TextField(getTranslation("training.trainee.name"));
        private final TextField position = new TextField(getTranslation("training.trainee.position"));
        private final TextField organisation = new TextField(getTranslation("training.trainee.organisation"));
        private final EmailField email = new EmailField(getTranslation("training.trainee.email"));
        private final Select<Gender> gender = new Select<>();
        private final Div layout = new Div(name, position, organisation, email, gender);

        private TraineeRow() {
            gender.setLabel(getTranslation("training.trainee.gender"));
            gender.setItems(Gender.values());
            gender.setEmptySelectionAllowed(true);
            gender.setEmptySelectionCaption(getTranslation("training.gender.not-given"));
            gender.setItemLabelGenerator(value -> value == null ? getTranslation("training.gender.not-given")
                    : getTranslation("training.gender." + value.name()));
            name.setMaxLength(200);
            position.setMaxLength(200);
            organisation.setMaxLength(200);
            email.setMaxLength(254);
            name.addClassName("plan-title");
            position.addClassName("plan-title");
            organisation.addClassName("plan-title");
            email.addClassName("plan-title");
            gender.addClassName("plan-kind");
        }

        void fill(Trainee trainee) {
            name.setValue(trainee.name());
            position.setValue(trainee.position());
            organisation.setValue(trainee.organisation());
            email.setValue(trainee.email());
            gender.setValue(trainee.gender());
        }

        Nomination nomination() {
            return new Nomination(name.getValue(), position.getValue(), organisation.getValue(), email.getValue(), gender.getValue());
        }

        @Override
        public Component layout() {
            return layout;
        }

        @Override
        public boolean isEmpty() {
            return name.isEmpty() && position.isEmpty() && organisation.isEmpty() && email.isEmpty() && gender.isEmpty();
        }

        @Override
        public ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "name", name).field(prefix + "position", position)
                    .field(prefix + "organisation", organisation).field(prefix + "email", email);
        }
    }
}

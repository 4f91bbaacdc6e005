package org.citycoop.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.base.ui.ButtonRow;

/** Task screen of {@code Task_ConfirmTrainees}: the officer confirms the partner's list, or returns it with a comment. */
@Route(value = "task/" + TrainingProcess.FORM_CONFIRM_TRAINEES + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ConfirmTraineesView extends TrainingTaskView {

    ConfirmTraineesView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.confirm.title", TrainingProcess.TASK_CONFIRM_TRAINEES, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        add(ProgrammeFacts.trainees(this, task.programme()));
        TextArea comment = new TextArea(getTranslation("training.confirm.comment"));
        comment.setHelperText(getTranslation("training.confirm.comment.help"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setMinHeight("6em");
        ServerProblems problems = new ServerProblems().field("comment", comment);
        Button confirm = new Button(getTranslation("training.confirm.confirm"), click -> TaskSubmit.run(
                () -> training.confirmTrainees(task.task().id(), true, comment.getValue(), currentUser.require()),
                done("training.confirm.done.true", task), () -> problems));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("training.confirm.return"), click -> TaskSubmit.run(
                () -> training.confirmTrainees(task.task().id(), false, comment.getValue(), currentUser.require()),
                done("training.confirm.done.false", task), () -> problems));
        HorizontalLayout buttons = ButtonRow.of(confirm, giveBack);
        add(comment, buttons);
    }
}

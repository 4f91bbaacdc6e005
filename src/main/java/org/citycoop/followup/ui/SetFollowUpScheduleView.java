package org.citycoop.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.FollowUpTask;
import org.citycoop.project.SubmittedActionPlan;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/** Task screen of {@code Task_SetFollowUpSchedule}: the officer sets the follow-up rounds after the partner's action plan. */
@Route(value = "task/" + FollowUpProcess.FORM_SET_SCHEDULE + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class SetFollowUpScheduleView extends FollowUpTaskView {

    SetFollowUpScheduleView(FollowUpService followUps, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("followup.schedule.title", FollowUpProcess.TASK_SET_SCHEDULE, followUps, subjects, currentUser);
    }

    @Override
    protected void show(FollowUpTask task) {
        SubmittedActionPlan plan = task.actionPlan();
        TextField schedule = new TextField(getTranslation("followup.schedule"));
        schedule.setHelperText(getTranslation("followup.schedule.help", Formats.date(plan.submittedOn())));
        schedule.setRequiredIndicatorVisible(true);
        schedule.setMaxLength(60);
        schedule.setValue("R2/P6M");
        ServerProblems problems = new ServerProblems().field("schedule", schedule);
        Button submit = new Button(getTranslation("followup.schedule.submit"), click -> TaskSubmit.run(() -> {
            List<LocalDate> days = followUps.setSchedule(task.task().id(), schedule.getValue(), currentUser.require());
            return getTranslation("followup.schedule.done", task.project().code(),
                    days.stream().map(Formats::date).collect(Collectors.joining(", ")));
        }, () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(header(task), FactCards.card(getTranslation("followup.action-plan", task.project().code()),
                        FactCards.fact(getTranslation("followup.action-plan.submitted"),
                                Formats.date(plan.submittedOn()) + " · " + plan.submittedBy()),
                        FactCards.fact(getTranslation("implementation.action-plan.summary"), plan.summary())),
                new IndicatorTable(task.progress(), false), schedule, submit);
    }
}

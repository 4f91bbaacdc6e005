package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FeasibilityTask;
import org.citycoop.feasibility.FieldSurvey;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/** Task screen of {@code Task_ConductFieldSurvey}: the officer records the survey's dates, team and partner contact. */
@Route(value = "task/" + FeasibilityProcess.FORM_CONDUCT_SURVEY + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ConductFieldSurveyView extends TaskView<FeasibilityTask> {

    private final FeasibilityService feasibility;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ConductFieldSurveyView(FeasibilityService feasibility, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("feasibility.survey.title");
        this.feasibility = feasibility;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FeasibilityTask open(String taskId) {
        return feasibility.openTask(taskId, FeasibilityProcess.TASK_CONDUCT_SURVEY, currentUser.require());
    }

    @Override
    protected void show(FeasibilityTask task) {
        DatePicker start = new DatePicker(getTranslation("feasibility.field.survey-start"));
        start.setRequiredIndicatorVisible(true);
        DatePicker end = new DatePicker(getTranslation("feasibility.field.survey-end"));
        end.setRequiredIndicatorVisible(true);
        start.addValueChangeListener(change -> end.setMin(change.getValue()));
        TextArea team = new TextArea(getTranslation("feasibility.field.team-members"));
        team.setHelperText(getTranslation("feasibility.field.team-members.help"));
        team.setMaxLength(2000);
        team.setRequiredIndicatorVisible(true);
        team.setMinHeight("6em");
        TextField contactName = new TextField(getTranslation("feasibility.field.partner-contact-name"));
        contactName.setMaxLength(200);
        contactName.setRequiredIndicatorVisible(true);
        EmailField contactEmail = new EmailField(getTranslation("feasibility.field.partner-contact-email"));
        contactEmail.setHelperText(getTranslation("feasibility.field.partner-contact-email.help"));
        contactEmail.setMaxLength(254);

        BeanValidationBinder<FieldSurvey> binder = new BeanValidationBinder<>(FieldSurvey.class);
        binder.forField(start).bind("surveyStart");
        binder.forField(end).bind("surveyEnd");
        binder.forField(team).bind("teamMembers");
        binder.forField(contactName).bind("partnerContactName");
        binder.forField(contactEmail).withNullRepresentation("").bind("partnerContactEmail");
        task.study().ifPresent(study -> binder.readBean(study.toSurvey()));
        ServerProblems problems = new ServerProblems().field("surveyStart", start).field("surveyEnd", end)
                .field("teamMembers", team).field("partnerContactName", contactName).field("partnerContactEmail", contactEmail);

        FormLayout form = new FormLayout();
        form.add(start, end);
        form.add(team, 2);
        form.add(contactName, contactEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button submit = new Button(getTranslation("feasibility.survey.submit"), click -> {
            FieldSurvey input = new FieldSurvey();
            if (binder.writeBeanIfValid(input)) {
                TaskSubmit.run(() -> feasibility.recordSurvey(task.task().id(), input, currentUser.require()),
                        getTranslation("feasibility.survey.done", task.projectCode()), () -> problems);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new TaskHeader(task.task(), subjects));
        task.study().ifPresent(study -> add(StudyFacts.scope(this, study)));
        add(form, submit);
    }
}

package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FeasibilityTask;
import org.citycoop.feasibility.StudyScope;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/** Task screen of {@code Task_DefineStudyScope}: the officer writes what the study covers and its terms of reference. */
@Route(value = "task/" + FeasibilityProcess.FORM_DEFINE_SCOPE + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class DefineStudyScopeView extends TaskView<FeasibilityTask> {

    private final FeasibilityService feasibility;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    DefineStudyScopeView(FeasibilityService feasibility, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("feasibility.scope.title");
        this.feasibility = feasibility;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FeasibilityTask open(String taskId) {
        return feasibility.openTask(taskId, FeasibilityProcess.TASK_DEFINE_SCOPE, currentUser.require());
    }

    @Override
    protected void show(FeasibilityTask task) {
        TextArea scope = new TextArea(getTranslation("feasibility.field.scope"));
        scope.setHelperText(getTranslation("feasibility.field.scope.help"));
        scope.setMaxLength(4000);
        scope.setRequiredIndicatorVisible(true);
        scope.setMinHeight("8em");
        TextArea terms = new TextArea(getTranslation("feasibility.field.terms-of-reference"));
        terms.setHelperText(getTranslation("feasibility.field.terms-of-reference.help"));
        terms.setMaxLength(4000);
        terms.setRequiredIndicatorVisible(true);
        terms.setMinHeight("8em");

        BeanValidationBinder<StudyScope> binder = new BeanValidationBinder<>(StudyScope.class);
        binder.forField(scope).bind("scope");
        binder.forField(terms).bind("termsOfReference");
        ServerProblems problems = new ServerProblems().field("scope", scope).field("termsOfReference", terms);

        FormLayout form = new FormLayout(scope, terms);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button submit = new Button(getTranslation("feasibility.scope.submit"), click -> {
            StudyScope input = new StudyScope();
            if (binder.writeBeanIfValid(input)) {
                TaskSubmit.run(() -> feasibility.defineScope(task.task().id(), input, currentUser.require()),
                        getTranslation("feasibility.scope.done", task.projectCode()), () -> problems);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new TaskHeader(task.task(), subjects), form, submit);
    }
}

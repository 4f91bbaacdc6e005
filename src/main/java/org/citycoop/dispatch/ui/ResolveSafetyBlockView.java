package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.dispatch.SafetyBlockChoice;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.base.ui.ButtonRow;

/**
 * Task screen of {@code Task_ResolveTravelSafetyBlock}: the destination is at level 3 or 4 (or has no
 * level); the officer reads why and changes the plan or cancels the dispatch.
 */
@Route(value = "task/" + DispatchProcess.FORM_RESOLVE_SAFETY_BLOCK + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ResolveSafetyBlockView extends DispatchTaskView {

    ResolveSafetyBlockView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.blocked.title", DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        addComponentAtIndex(1, DispatchFacts.note(getTranslation("dispatch.blocked.reason"), task.requireDispatch().safetyBlockMessage().in(getLocale())));
        Button changePlan = choice(task, SafetyBlockChoice.CHANGE_PLAN);
        Button cancel = choice(task, SafetyBlockChoice.CANCEL);
        cancel.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(ButtonRow.of(changePlan, cancel));
    }

    private Button choice(DispatchTask task, SafetyBlockChoice choice) {
        return submitButton("dispatch.blocked." + choice.name(), () -> dispatches.resolveSafetyBlock(task.task().id(), choice,
                currentUser.require()), "dispatch.blocked.done." + choice.name(), task, new ServerProblems());
    }
}

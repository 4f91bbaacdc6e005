package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.dispatch.TermsOfReference;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_WriteTermsOfReference}: the officer writes what the mission is for, from the partner's request. */
@Route(value = "task/" + DispatchProcess.FORM_WRITE_TERMS_OF_REFERENCE + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class WriteTermsOfReferenceView extends DispatchTaskView {

    WriteTermsOfReferenceView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.terms.title", DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        TextArea purpose = longText("dispatch.field.purpose", "dispatch.field.purpose.help", 2000, true);
        TextArea tasks = longText("dispatch.field.tasks", "dispatch.field.tasks.help", 4000, true);
        TextArea outputs = longText("dispatch.field.outputs", "dispatch.field.outputs.help", 4000, true);
        ServerProblems problems = new ServerProblems().field("purpose", purpose).field("tasks", tasks).field("expectedOutputs", outputs);
        add(purpose, tasks, outputs, submitButton("dispatch.terms.submit", () -> dispatches.writeTermsOfReference(task.task().id(),
                new TermsOfReference(purpose.getValue(), tasks.getValue(), outputs.getValue()), currentUser.require()),
                "dispatch.terms.done", task, problems));
    }
}

package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * What every dispatch task screen shares: it loads its task of one kind through {@link DispatchService},
 * shows the task header and the mission as recorded so far, then its own form.
 */
abstract class DispatchTaskView extends TaskView<DispatchTask> {

    private final String taskDefinitionKey;
    protected final DispatchService dispatches;
    protected final TaskSubjectLookup subjects;
    protected final CurrentUser currentUser;

    DispatchTaskView(String titleKey, String taskDefinitionKey, DispatchService dispatches, TaskSubjectLookup subjects,
                     CurrentUser currentUser) {
        super(titleKey);
        this.taskDefinitionKey = taskDefinitionKey;
        this.dispatches = dispatches;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected DispatchTask open(String taskId) {
        return dispatches.openTask(taskId, taskDefinitionKey, currentUser.require());
    }

    @Override
    protected void show(DispatchTask task) {
        add(new TaskHeader(task.task(), subjects), DispatchFacts.item(this, task.project()));
        task.dispatch().ifPresent(dispatch -> add(DispatchFacts.mission(this, dispatch)));
        form(task);
    }

    /** The screen's own part below the facts. */
    protected abstract void form(DispatchTask task);

    /** A free-text field labelled and limited as the service limits it. */
    protected TextArea longText(String labelKey, String helpKey, int maxLength, boolean required) {
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setHelperText(getTranslation(helpKey));
        text.setMaxLength(maxLength);
        text.setRequiredIndicatorVisible(required);
        text.setMinHeight("6em");
        text.setWidthFull();
        return text;
    }

    /** A button that submits the task: done → inbox with {@code doneKey}'s message; refused → on the fields. */
    protected Button submitButton(String labelKey, Runnable submit, String doneKey, DispatchTask task, ServerProblems problems) {
        Button button = new Button(getTranslation(labelKey), click -> TaskSubmit.run(submit,
                getTranslation(doneKey, task.project().itemTitle(), task.project().code()), () -> problems));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}

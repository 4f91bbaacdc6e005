package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ItemTask;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * The first slice of the training and dispatch building blocks: the officer records what took
 * place. One screen shape for the two form keys, until issue 4 gives each building block its own
 * model and screens.
 */
abstract class RecordWhatTookPlaceView extends ImplementationTaskView<RecordWhatTookPlaceView.Occasion> {

    private final String taskDefinitionKey;
    /** {@code implementation.training} or {@code .dispatch}: the prefix of the screen's texts. */
    private final String texts;

    RecordWhatTookPlaceView(String taskDefinitionKey, String texts, ProjectService projects,
                            ImplementationService implementation, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("implementation." + texts + ".title", projects, implementation, subjects, currentUser);
        this.taskDefinitionKey = taskDefinitionKey;
        this.texts = "implementation." + texts;
    }

    /** The task with the planned item it runs. */
    record Occasion(ProjectTask task, PlannedItem item) {
    }

    @Override
    protected Occasion open(String taskId) {
        ItemTask itemTask = implementation.openItemTask(taskId, taskDefinitionKey, currentUser.require());
        return new Occasion(itemTask.task(), itemTask.item());
    }

    @Override
    protected void show(Occasion occasion) {
        add(new TaskHeader(occasion.task().task(), subjects));
        PlannedItem item = occasion.item();
        add(Facts.card(getTranslation("implementation.item.kind." + item.kind().name()),
                Facts.fact(this, "implementation.item.title", item.title()),
                Facts.fact(this, "implementation.item.period", Facts.period(item.plannedStart(), item.plannedEnd()))));
        TextArea note = LongText.required(this, texts + ".note", texts + ".note.help", 4000);
        ServerProblems problems = new ServerProblems().field("note", note);
        Button submit = new Button(getTranslation(texts + ".submit"), click -> TaskSubmit.run(
                () -> implementation.recordItemDone(occasion.task().task().id(), note.getValue(), currentUser.require()),
                getTranslation(texts + ".done", occasion.task().project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, submit);
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ItemTask;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * The first slice of the training, dispatch and follow-up building blocks: the officer records
 * what took place. One screen shape for the three form keys, until issue 4 gives each building
 * block its own model and screens.
 */
abstract class RecordWhatTookPlaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String taskDefinitionKey;
    /** {@code training}, {@code dispatch} or {@code follow-up}: the prefix of the screen's texts. */
    private final String texts;
    private final ProjectService projects;
    private final ImplementationService implementation;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    RecordWhatTookPlaceView(String taskDefinitionKey, String texts, ProjectService projects,
                            ImplementationService implementation, TaskSubjectLookup subjects, CurrentUser currentUser) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.texts = "implementation." + texts;
        this.projects = projects;
        this.implementation = implementation;
        this.subjects = subjects;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    private boolean isFollowUp() {
        return taskDefinitionKey.equals(ProjectProcess.TASK_RUN_FOLLOW_UP);
    }

    /** The task with the planned item it runs; the follow-up runs no planned item. */
    private record Occasion(ProjectTask task, PlannedItem item) {
    }

    private Occasion open(String taskId) {
        if (isFollowUp()) {
            return new Occasion(projects.openTask(taskId, taskDefinitionKey, currentUser.require()), null);
        }
        ItemTask itemTask = implementation.openItemTask(taskId, taskDefinitionKey, currentUser.require());
        return new Occasion(itemTask.task(), itemTask.item());
    }

    private void record(String taskId, String note) {
        if (isFollowUp()) {
            implementation.recordFollowUp(taskId, note, currentUser.require());
        } else {
            implementation.recordItemDone(taskId, note, currentUser.require());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TaskScreens.TASK_ID).orElse("");
        TaskScreens.load(event, () -> open(taskId)).ifPresent(this::show);
    }

    private void show(Occasion occasion) {
        removeAll();
        add(new TaskHeader(occasion.task().task(), subjects));
        if (occasion.item() != null) {
            PlannedItem item = occasion.item();
            add(Facts.card(getTranslation("implementation.item.kind." + item.kind().name()),
                    Facts.fact(this, "implementation.item.title", item.title()),
                    Facts.fact(this, "implementation.item.period", Facts.period(item.plannedStart(), item.plannedEnd()))));
        } else {
            add(new ProjectSummary(occasion.task().project()));
        }
        TextArea note = LongText.required(this, texts + ".note", texts + ".note.help", 4000);
        ServerProblems problems = new ServerProblems().field("note", note);
        Button submit = new Button(getTranslation(texts + ".submit"), click -> TaskSubmit.run(
                () -> record(occasion.task().task().id(), note.getValue()),
                getTranslation(texts + ".done", occasion.task().project().code()), () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(texts + ".title") + " | " + getTranslation("app.name");
    }
}

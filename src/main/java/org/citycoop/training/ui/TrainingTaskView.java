package org.citycoop.training.ui;

import org.citycoop.security.CurrentUser;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskView;

/** What the training screens share: the task is opened through {@link TrainingService} for its task definition. */
abstract class TrainingTaskView extends TaskView<TrainingTask> {

    protected final TrainingService training;
    protected final TaskSubjectLookup subjects;
    protected final CurrentUser currentUser;
    private final String taskDefinitionKey;

    TrainingTaskView(String titleKey, String taskDefinitionKey, TrainingService training, TaskSubjectLookup subjects,
                     CurrentUser currentUser) {
        super(titleKey);
        this.taskDefinitionKey = taskDefinitionKey;
        this.training = training;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected TrainingTask open(String taskId) {
        return training.openTask(taskId, taskDefinitionKey, currentUser.require());
    }

    /** The task header and the programme as planned: what every training screen starts with. */
    protected void addHeader(TrainingTask task) {
        add(new TaskHeader(task.task(), subjects), ProgrammeFacts.planned(this, task.programme()));
    }

    /** Shows the task again as it now stands (after a save that keeps the task open). */
    protected void reload(TrainingTask task) {
        fill(task.task().id(), open(task.task().id()));
    }

    protected String done(String key, TrainingTask task) {
        return getTranslation(key, task.programme().title(), task.programme().projectCode());
    }
}

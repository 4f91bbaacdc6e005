package org.citycoop.project.ui;

import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskView;

/**
 * What the lifecycle task screens do the same way: open the task through the project service,
 * show the task header and the project, then the screen's own part.
 */
abstract class ProjectTaskView extends TaskView<ProjectTask> {

    private final String taskDefinitionKey;
    private final ProjectService projects;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ProjectTaskView(String taskDefinitionKey, String titleKey, ProjectService projects, TaskSubjectLookup subjects,
                    CurrentUser currentUser) {
        super(titleKey);
        this.taskDefinitionKey = taskDefinitionKey;
        this.projects = projects;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected ProjectTask open(String taskId) {
        return projects.openTask(taskId, taskDefinitionKey, user());
    }

    @Override
    protected void show(ProjectTask task) {
        add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()));
        fill(task);
    }

    /** Adds what the screen shows below the project, and its form. */
    abstract void fill(ProjectTask task);

    CityCoopUser user() {
        return currentUser.require();
    }
}

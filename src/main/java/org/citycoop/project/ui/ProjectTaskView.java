package org.citycoop.project.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * What the lifecycle task screens do the same way: open the task on the server (or go back to the
 * inbox), show the task header and the project, then the screen's own part; the page title.
 */
abstract class ProjectTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String taskDefinitionKey;
    private final String titleKey;
    private final ProjectService projects;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ProjectTaskView(String taskDefinitionKey, String titleKey, ProjectService projects, TaskSubjectLookup subjects,
                    CurrentUser currentUser) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.titleKey = titleKey;
        this.projects = projects;
        this.subjects = subjects;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TaskScreens.TASK_ID).orElse("");
        TaskScreens.load(event, () -> projects.openTask(taskId, taskDefinitionKey, user())).ifPresent(task -> {
            removeAll();
            add(new TaskHeader(task.task(), subjects), new ProjectSummary(task.project()));
            show(task);
        });
    }

    /** Adds what the screen shows below the project, and its form. */
    abstract void show(ProjectTask task);

    CityCoopUser user() {
        return currentUser.require();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}

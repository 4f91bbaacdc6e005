package org.citycoop.project.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * What the implementation and closing screens share: they load their task through the project
 * services (or leave for the inbox), show it, and complete it through {@link ImplementationService}.
 *
 * @param <T> what the screen loads for its task
 */
abstract class ImplementationTaskView<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final ProjectService projects;
    protected final ImplementationService implementation;
    protected final TaskSubjectLookup subjects;
    protected final CurrentUser currentUser;
    private final String titleKey;

    ImplementationTaskView(String titleKey, ProjectService projects, ImplementationService implementation,
                           TaskSubjectLookup subjects, CurrentUser currentUser) {
        this.titleKey = titleKey;
        this.projects = projects;
        this.implementation = implementation;
        this.subjects = subjects;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    /** Loads the task; refused with a {@code NotAvailableException} for a task the user may not see. */
    abstract T open(String taskId);

    /** Fills the emptied screen. */
    abstract void show(T task);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TaskScreens.TASK_ID).orElse("");
        TaskScreens.load(event, () -> open(taskId)).ifPresent(task -> {
            removeAll();
            show(task);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}

package org.citycoop.project.ui;

import org.citycoop.project.ImplementationService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskView;

/**
 * What the implementation and closing screens share: the project and implementation services
 * they load their task through and complete it with {@link ImplementationService}.
 *
 * @param <T> what the screen loads for its task
 */
abstract class ImplementationTaskView<T> extends TaskView<T> {

    protected final ProjectService projects;
    protected final ImplementationService implementation;
    protected final TaskSubjectLookup subjects;
    protected final CurrentUser currentUser;

    ImplementationTaskView(String titleKey, ProjectService projects, ImplementationService implementation,
                           TaskSubjectLookup subjects, CurrentUser currentUser) {
        super(titleKey);
        this.projects = projects;
        this.implementation = implementation;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }
}

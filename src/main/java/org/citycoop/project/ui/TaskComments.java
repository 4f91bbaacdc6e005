package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.TaskPageSection;
import org.springframework.core.annotation.Order;

/** Every task screen of a project the user takes part in ends with the task's comment thread. */
@org.springframework.stereotype.Component
@Order(100)
class TaskComments implements TaskPageSection {

    private final ProjectCommentService comments;
    private final CurrentUser currentUser;

    TaskComments(ProjectCommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> of(String taskId) {
        return comments.hasThread(taskId, currentUser.require())
                ? Optional.of(CommentThread.ofTask(taskId, comments, currentUser)) : Optional.empty();
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.RouteIds;
import org.citycoop.project.Mention;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * Opening a mention ({@code mentions/<comment id>}, a link that can also go out by e-mail): marks it
 * read and goes on to the task's screen while the task is open and the user may see it, else to the
 * project page. Another user's mention is refused like a missing one.
 */
@Route(value = MentionsView.ROUTE + "/:" + MentionOpenView.COMMENT_ID, layout = MainLayout.class)
@PermitAll
class MentionOpenView extends Div implements BeforeEnterObserver {

    static final String COMMENT_ID = "commentId";

    private final ProjectCommentService comments;
    private final CurrentUser currentUser;

    MentionOpenView(ProjectCommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    static String routeOf(long commentId) {
        return MentionsView.ROUTE + "/" + commentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long commentId = RouteIds.of(event, COMMENT_ID);
        CityCoopUser user = currentUser.require();
        TaskScreens.load(event, () -> comments.openMention(commentId, user)).ifPresent(mention ->
                event.forwardTo(target(mention, user)));
    }

    private String target(Mention mention, CityCoopUser user) {
        return comments.openTaskOf(mention, user).map(WorkTask::route).orElse(ProjectView.routeOf(mention.projectCode()));
    }
}

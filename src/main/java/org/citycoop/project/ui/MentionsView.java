package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.Mention;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.TaskNames;

/**
 * The comments that mention the signed-in user, newest first, unread ones marked. Each card opens
 * the comment through {@link MentionOpenView}, which marks it read and goes to the task or project.
 */
@Route(value = MentionsView.ROUTE, layout = MainLayout.class)
@PermitAll
class MentionsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "mentions";

    MentionsView(ProjectCommentService comments, CurrentUser currentUser) {
        CityCoopUser user = currentUser.require();
        addClassName("mentions");
        add(new H2(getTranslation("mentions.title")));
        List<Mention> mentions = comments.mentionsOf(user);
        if (mentions.isEmpty()) {
            add(new Paragraph(getTranslation("mentions.none")));
        }
        mentions.forEach(mention -> add(card(mention, user.getUsername())));
    }

    private Anchor card(Mention mention, String username) {
        Anchor card = new Anchor(MentionOpenView.routeOf(mention.commentId()), "");
        card.addClassName("mention-card");
        if (!mention.read()) {
            card.addClassName("unread");
            Span unread = new Span(getTranslation("mentions.unread"));
            unread.addClassName("mention-new");
            card.add(unread);
        }
        card.add(new Span(mention.projectCode() + " · " + mention.projectTitle()));
        card.add(meta(mention.taskName() == null ? getTranslation("mentions.on-project")
                : getTranslation("comments.on-task", TaskNames.of(this, mention.taskDefinitionKey(), mention.taskName()))));
        card.add(CommentThread.body(mention.body(), List.of(username)));
        card.add(meta(getTranslation("projectpage.by", mention.author(), Formats.dateTime(mention.createdAt()))));
        return card;
    }

    private static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("entry-meta");
        return meta;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentions.title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.citycoop.base.ui.MainMenuEntry;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/** "Mentions" in the main menu, with the number of comments mentioning the user that they have not opened. */
@Component
class MentionsMenuEntry implements MainMenuEntry {

    private final ProjectCommentService comments;

    MentionsMenuEntry(ProjectCommentService comments) {
        this.comments = comments;
    }

    @Override
    public List<SideNavItem> of(CityCoopUser user) {
        SideNavItem item = new SideNavItem("", MentionsView.ROUTE, VaadinIcon.COMMENTS.create());
        item.setLabel(item.getTranslation("nav.mentions"));
        long unread = comments.unreadMentionCount(user);
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.addClassName("nav-count");
            count.getElement().setAttribute("aria-label", item.getTranslation("nav.mentions.unread", unread));
            item.setSuffixComponent(count);
        }
        return List.of(item);
    }
}

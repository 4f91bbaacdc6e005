package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.regex.Matcher;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.FactCards;
import org.citycoop.project.ProjectComment;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** Comments on the project, newest first, with the mentioned colleagues highlighted, and a form to add one. */
class ProjectComments extends Div {

    private final String code;
    private final ProjectCommentService comments;
    private final CurrentUser currentUser;
    private final Runnable changed;

    ProjectComments(String code, ProjectCommentService comments, CurrentUser currentUser, Runnable changed) {
        this.code = code;
        this.comments = comments;
        this.currentUser = currentUser;
        this.changed = changed;
        setWidthFull();
        add(FactCards.section("project-comments", getTranslation("projectpage.comments"), form(),
                list(comments.commentsOf(code, currentUser.require()))));
    }

    private Div list(List<ProjectComment> found) {
        Div wrapper = new Div();
        wrapper.getStyle().set("grid-column", "1 / -1");
        if (found.isEmpty()) {
            wrapper.add(new Paragraph(getTranslation("projectpage.comments.none")));
            return wrapper;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(comment -> {
            Span meta = new Span(getTranslation("projectpage.by", comment.author(), FactCards.dateTime(comment.createdAt())));
            meta.addClassName("entry-meta");
            list.add(new ListItem(body(comment), meta));
        });
        wrapper.add(list);
        return wrapper;
    }

    /** The text with each mention of a colleague in its own highlighted span. */
    private static Span body(ProjectComment comment) {
        Span body = new Span();
        body.addClassName("comment-body");
        Matcher matcher = ProjectCommentService.MENTION.matcher(comment.body());
        int from = 0;
        while (matcher.find()) {
            if (comment.mentions().contains(matcher.group(1))) {
                body.add(new Span(comment.body().substring(from, matcher.start())));
                Span mention = new Span(matcher.group());
                mention.addClassName("mention");
                body.add(mention);
                from = matcher.end();
            }
        }
        body.add(new Span(comment.body().substring(from)));
        return body;
    }

    private Div form() {
        TextArea text = new TextArea(getTranslation("projectpage.comments.field"));
        text.setHelperText(getTranslation("projectpage.comments.help"));
        text.setMaxLength(4000);
        text.setWidthFull();
        Button add = new Button(getTranslation("projectpage.comments.add"), click -> add(text));
        Div form = new Div(text, add);
        form.getStyle().set("grid-column", "1 / -1").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)").set("align-items", "flex-start");
        return form;
    }

    private void add(TextArea text) {
        try {
            comments.comment(code, text.getValue(), currentUser.require());
            TaskScreens.confirm(getTranslation("projectpage.comments.added"));
            changed.run();
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("comment", text).show(refused));
        }
    }
}

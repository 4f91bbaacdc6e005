package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.ProjectComment;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskNames;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * A comment thread, newest first, with the mentioned colleagues highlighted, and a form to add a
 * comment: the whole project's on its page (each task comment labelled with its task), or one task's
 * on its screen. The service decides who may read and write.
 */
class CommentThread extends Div {

    private final String className;
    private final String keys;
    private final Supplier<List<ProjectComment>> load;
    private final Consumer<String> post;
    private final Runnable changed;

    /** {@code keys}: the prefix of the thread's title ({@code keys}) and field label ({@code keys.field}). */
    private CommentThread(String className, String keys, Supplier<List<ProjectComment>> load, Consumer<String> post,
                          Runnable changed) {
        this.className = className;
        this.keys = keys;
        this.load = load;
        this.post = post;
        this.changed = changed == null ? this::render : changed;
        setWidthFull();
        render();
    }

    /** All comments of the project; after a new one, {@code changed} reloads the page (its timeline too). */
    static CommentThread ofProject(String code, ProjectCommentService comments, CurrentUser currentUser, Runnable changed) {
        return new CommentThread("project-comments", "projectpage.comments", () -> comments.commentsOf(code, currentUser.require()),
                text -> comments.comment(code, text, currentUser.require()), changed);
    }

    /** The comments on one task; after a new one, only the thread is shown again, the task's form keeps its input. */
    static CommentThread ofTask(String taskId, ProjectCommentService comments, CurrentUser currentUser) {
        return new CommentThread("task-comments", "task.comments", () -> comments.commentsOfTask(taskId, currentUser.require()),
                text -> comments.commentOnTask(taskId, text, currentUser.require()), null);
    }

    private void render() {
        removeAll();
        add(FactCards.section(className, getTranslation(keys), form(), list(load.get())));
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
            ListItem item = new ListItem();
            if (comment.isOnTask()) {
                Span task = new Span(getTranslation("comments.on-task",
                        TaskNames.of(this, comment.taskDefinitionKey(), comment.taskName())));
                task.addClassName("comment-task");
                item.add(task);
            }
            Span meta = new Span(getTranslation("projectpage.by", comment.author(), Formats.dateTime(comment.createdAt())));
            meta.addClassName("entry-meta");
            item.add(body(comment.body(), comment.mentions()), meta);
            list.add(item);
        });
        wrapper.add(list);
        return wrapper;
    }

    /** The text with each mention of a colleague in its own highlighted span. */
    static Span body(String text, List<String> mentions) {
        Span body = new Span();
        body.addClassName("comment-body");
        Matcher matcher = ProjectCommentService.MENTION.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (mentions.contains(matcher.group(1))) {
                body.add(new Span(text.substring(from, matcher.start())));
                Span mention = new Span(matcher.group());
                mention.addClassName("mention");
                body.add(mention);
                from = matcher.end();
            }
        }
        body.add(new Span(text.substring(from)));
        return body;
    }

    private Div form() {
        TextArea text = new TextArea(getTranslation(keys + ".field"));
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
            post.accept(text.getValue());
            TaskScreens.confirm(getTranslation("projectpage.comments.added"));
            changed.run();
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("comment", text).show(refused));
        }
    }
}

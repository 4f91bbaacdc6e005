package org.citycoop.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.ReviewerWorkspaceService;
import org.citycoop.funding.SubmissionComparison;
import org.citycoop.funding.SubmissionComparison.FieldChange;
import org.citycoop.funding.SubmissionSnapshot;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskView;

/**
 * A resubmitted application beside the submission before it, reached from its screening task:
 * objectives, activities, budget lines, amount and duration, each marked "changed" or "unchanged"
 * in words. Same access as the screening task itself.
 */
@Route(value = "reviewer/compare/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class CompareSubmissionsView extends TaskView<SubmissionComparison> {

    private final ReviewerWorkspaceService workspace;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    CompareSubmissionsView(ReviewerWorkspaceService workspace, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("reviewer.compare.title");
        this.workspace = workspace;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    /** The route of this screen for a screening task. */
    static String routeOf(WorkTask screening) {
        return "reviewer/compare/" + screening.id();
    }

    @Override
    protected SubmissionComparison open(String taskId) {
        return workspace.compare(taskId, currentUser.require());
    }

    @Override
    protected void show(SubmissionComparison comparison) {
        WorkTask task = comparison.task().task();
        add(new TaskHeader(task, subjects), new H3(getTranslation("reviewer.compare.title")));
        if (comparison.previous().isEmpty()) {
            add(new Paragraph(getTranslation("reviewer.compare.first")));
        } else {
            add(new Paragraph(getTranslation("reviewer.compare.summary", comparison.previous().get().submission(),
                    comparison.current().submission(), comparison.changedFields().size())));
        }
        comparison.fields().forEach(field -> add(row(field, comparison)));
        add(new Anchor(task.route(), getTranslation("reviewer.compare.back")));
    }

    private Div row(FieldChange field, SubmissionComparison comparison) {
        Span label = new Span(getTranslation("reviewer.compare.field." + field.field()));
        label.addClassName("compare-label");
        Span mark = new Span(getTranslation(field.changed() ? "reviewer.compare.changed" : "reviewer.compare.unchanged"));
        mark.addClassName(field.changed() ? "compare-changed" : "compare-unchanged");
        Div head = new Div(label, mark);
        head.addClassName("compare-head");
        Div sides = new Div(side(getTranslation("reviewer.compare.previous",
                        comparison.previous().map(SubmissionSnapshot::submission).orElse(0)), field.previousIn(getLocale())),
                side(getTranslation("reviewer.compare.current", comparison.current().submission()), field.currentIn(getLocale())));
        sides.addClassName("compare-sides");
        Div row = new Div(head, sides);
        row.addClassName("compare-row");
        row.getElement().setAttribute("data-field", field.field());
        return row;
    }

    private static Div side(String caption, String value) {
        Span heading = new Span(caption);
        heading.addClassName("compare-caption");
        Div text = new Div(value);
        text.addClassName("compare-value");
        Div side = new Div(heading, text);
        side.addClassName("compare-side");
        return side;
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;

/** The top of every task screen: what the task is, for which project, and by when. */
public class TaskHeader extends Div {

    public TaskHeader(WorkTask task, TaskSubjectLookup subjects) {
        addClassName("task-header");
        TaskSubject subject = task.businessKey() == null ? null
                : subjects.describe(List.of(task.businessKey())).get(task.businessKey());
        add(new H2(TaskNames.of(this, task)));
        Span project = new Span(task.businessKey() + (subject == null ? "" : " · " + subject.title()
                + " · " + subject.partner().in(getLocale())));
        project.addClassName("task-header-project");
        add(project);
        if (task.due() != null) {
            Span due = new Span(getTranslation("task.due", Formats.date(task.due())));
            due.addClassName("task-header-due");
            add(due);
        }
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
                + " · " + subject.partner()));
        project.addClassName("task-header-project");
        add(project);
        if (task.due() != null) {
            Span due = new Span(getTranslation("task.due", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).format(task.due().atZone(ZoneId.of("Asia/Tokyo")))));
            due.addClassName("task-header-due");
            add(due);
        }
    }
}

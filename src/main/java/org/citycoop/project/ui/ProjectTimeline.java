package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.TimelineEntry;
import org.citycoop.workflow.ui.TaskNames;

/** What happened on the project, newest first: who did what, in words, and when. */
final class ProjectTimeline {

    private ProjectTimeline() {
    }

    static Div of(Component owner, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return FactCards.section("project-timeline", owner.getTranslation("projectpage.timeline"),
                    new Paragraph(owner.getTranslation("projectpage.timeline.none")));
        }
        UnorderedList list = new UnorderedList();
        entries.forEach(entry -> list.add(FactCards.entry(text(owner, entry), Formats.dateTime(entry.when()))));
        return FactCards.section("project-timeline", owner.getTranslation("projectpage.timeline"), list);
    }

    private static String text(Component owner, TimelineEntry entry) {
        String what;
        if (entry.kind() == TimelineEntry.Kind.CHANGE) {
            what = AuditWording.sentence(owner, entry.what(), entry.actor());
        } else if (entry.actedFor() == null) {
            what = owner.getTranslation("projectpage.timeline.task", entry.actor(), taskName(owner, entry));
        } else {
            what = owner.getTranslation("projectpage.timeline.task-for", entry.actor(), entry.actedFor(), taskName(owner, entry));
        }
        String detail = entry.detailIn(Formats.screenLocale());
        return detail == null || detail.isBlank() ? what : what + ": " + TaskNames.inText(owner, detail);
    }

    private static String taskName(Component owner, TimelineEntry entry) {
        return TaskNames.of(owner, entry.taskDefinitionKey(), entry.what());
    }
}

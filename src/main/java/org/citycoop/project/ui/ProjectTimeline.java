package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.TimelineEntry;

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
            what = owner.getTranslation("projectpage.timeline.task", entry.actor(), entry.what());
        } else {
            what = owner.getTranslation("projectpage.timeline.task-for", entry.actor(), entry.actedFor(), entry.what());
        }
        return entry.detail() == null || entry.detail().isBlank() ? what : what + ": " + entry.detail();
    }
}

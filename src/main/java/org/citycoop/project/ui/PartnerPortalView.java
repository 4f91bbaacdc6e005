package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectActivity;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.citycoop.workflow.ui.TaskNames;

/**
 * A partner coordinator's start page, built for a phone: the tasks waiting for them as large
 * touch targets, their city's projects, the documents of those projects (to download, or to add one),
 * and what the Japanese side did lately on those projects.
 */
@Route(value = "partner", layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class PartnerPortalView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 20;

    private final ZoneId zone;
    private final Instant now;

    PartnerPortalView(ProjectService projects, WorkflowService workflow, ProjectDocumentService documents,
                      CurrentUser currentUser, Clock clock) {
        CityCoopUser user = currentUser.require();
        this.zone = clock.getZone();
        this.now = clock.instant();
        addClassName("partner-portal");
        List<Project> cityProjects = projects.search(ProjectFilter.any(), user, 0, SHOWN);
        Map<String, Project> byCode = cityProjects.stream().collect(Collectors.toMap(Project::code, Function.identity()));
        add(new H2(getTranslation("partner-portal.title", user.organisationName().in(getLocale()))));
        add(section("partner-tasks", getTranslation("partner-portal.tasks"), getTranslation("partner-portal.tasks.none"),
                tasksOf(workflow, Actor.of(user)).stream().map(task -> taskCard(task, byCode.get(task.businessKey()))).toList()));
        List<Component> projectCards = new ArrayList<>(cityProjects.stream().map(this::projectCard).toList());
        long allProjects = projects.count(ProjectFilter.any(), user);
        if (allProjects > cityProjects.size()) {
            projectCards.add(new Anchor("projects", getTranslation("partner-portal.projects.all", String.valueOf(allProjects))));
        }
        add(section("partner-projects", getTranslation("partner-portal.projects"), getTranslation("partner-portal.projects.none"),
                projectCards));
        add(new PartnerDocuments(cityProjects, documents, currentUser));
        add(section("partner-activity", getTranslation("partner-portal.activity"), getTranslation("partner-portal.activity.none"),
                projects.recentActivityForPartner(user, 10).stream().map(this::activityEntry).toList()));
    }

    private static List<WorkTask> tasksOf(WorkflowService workflow, Actor actor) {
        List<WorkTask> tasks = new ArrayList<>(workflow.inbox(Inbox.MY_TASKS, actor, 0, SHOWN));
        tasks.addAll(workflow.inbox(Inbox.GROUP_TASKS, actor, 0, SHOWN));
        return tasks;
    }

    private Component section(String className, String title, String empty, List<Component> items) {
        Div section = new Div(new H3(title));
        section.addClassNames("partner-section", className);
        if (items.isEmpty()) {
            section.add(new Paragraph(empty));
        }
        items.forEach(section::add);
        return section;
    }

    private Component taskCard(WorkTask task, Project project) {
        Anchor card = new Anchor(task.route(), "");
        card.addClassNames("partner-card", "partner-task");
        card.add(new Span(TaskNames.of(this, task)));
        card.add(line(project == null ? task.businessKey() : project.code() + " · " + project.title()));
        if (task.due() != null) {
            Span due = line(getTranslation("partner-portal.due", Formats.dateTime(LocalDateTime.ofInstant(task.due(), zone), getLocale())));
            if (task.isOverdue(now)) {
                due.addClassName("overdue");
                due.setText(getTranslation("partner-portal.overdue", due.getText()));
            }
            card.add(due);
        }
        return card;
    }

    private Component projectCard(Project project) {
        Anchor card = new Anchor(ProjectView.routeOf(project.code()), "");
        card.addClassNames("partner-card", "partner-project");
        card.add(new Span(project.code() + " · " + project.title()));
        card.add(line(project.leadName().in(getLocale()) + " · " + getTranslation(project.themeKey()) + " · "
                + getTranslation("project.status." + project.status().name())));
        return card;
    }

    private Component activityEntry(ProjectActivity activity) {
        Div entry = new Div();
        entry.addClassName("partner-activity-entry");
        entry.add(line(Formats.dateTime(LocalDateTime.ofInstant(activity.occurredAt(), zone), getLocale()) + " · " + activity.projectCode()));
        entry.add(new Span(AuditWording.sentence(this, activity.action(), activity.actorName().in(getLocale()))));
        String detail = activity.detailIn(getLocale());
        if (detail != null && !detail.isBlank()) {
            entry.add(line(TaskNames.inText(this, detail)));
        }
        return entry;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("partner-card-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner-portal.page-title") + " | " + getTranslation("app.name");
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;

/**
 * The task inbox: my tasks and my groups' unassigned tasks, scoped to the user's organisation
 * by the engine query itself. The grid pages lazily from the database.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final WorkflowService workflow;
    private final TaskSubjectLookup subjects;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final Grid<InboxRow> grid = new Grid<>();
    private final Tab myTasks;
    private final Tab groupTasks;
    private Inbox view = Inbox.GROUP_TASKS;

    InboxView(WorkflowService workflow, TaskSubjectLookup subjects, CurrentUser currentUser, Clock clock) {
        this.workflow = workflow;
        this.subjects = subjects;
        this.actor = Actor.of(currentUser.require());
        this.clock = clock;
        this.zone = clock.getZone();
        setSizeFull();

        myTasks = new Tab(getTranslation("inbox.my-tasks", workflow.count(Inbox.MY_TASKS, actor)));
        groupTasks = new Tab(getTranslation("inbox.group-tasks", workflow.count(Inbox.GROUP_TASKS, actor)));
        Tabs tabs = new Tabs(groupTasks, myTasks);
        tabs.addSelectedChangeListener(event -> {
            view = event.getSelectedTab() == myTasks ? Inbox.MY_TASKS : Inbox.GROUP_TASKS;
            refresh();
        });

        configureGrid();
        add(new H2(getTranslation("inbox.title")), tabs, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(row -> new Anchor(row.task().route(), row.task().name()))
                .setHeader(getTranslation("inbox.column.task")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.task().businessKey()).setHeader(getTranslation("inbox.column.project"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<InboxRow> title = grid.addColumn(row -> row.subject() == null ? "" : row.subject().title())
                .setHeader(getTranslation("inbox.column.title")).setWidth("16em").setFlexGrow(1);
        Grid.Column<InboxRow> partner = grid.addColumn(row -> row.subject() == null ? "" : row.subject().partner())
                .setHeader(getTranslation("inbox.column.partner")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<InboxRow> due = grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("inbox.column.due"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<InboxRow> assignee = grid.addColumn(row -> Objects.toString(row.task().assignee(), ""))
                .setHeader(getTranslation("inbox.column.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.hideOnPhones(this, List.of(title, partner, due, assignee));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> {
            List<WorkTask> page = workflow.inbox(view, actor, query.getOffset(), query.getLimit());
            Map<String, TaskSubject> described = subjects.describe(page.stream()
                    .map(WorkTask::businessKey).filter(Objects::nonNull).distinct().toList());
            return page.stream().map(task -> new InboxRow(task, described.get(task.businessKey())));
        }, query -> (int) workflow.count(view, actor));
    }

    private Span dueBadge(InboxRow row) {
        Span due = new Span(format(row.task().due()));
        if (row.task().isOverdue(Instant.now(clock))) {
            due.addClassName("overdue");
            due.add(new Text(" · " + getTranslation("inbox.overdue")));
        }
        return due;
    }

    private HorizontalLayout actions(InboxRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.task().assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), click -> act(() -> workflow.claim(row.task().id(), actor)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (row.task().assignee().equals(actor.userId())) {
            Button unclaim = new Button(getTranslation("inbox.unclaim"), click -> act(() -> workflow.unclaim(row.task().id(), actor)));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        Button open = new Button(getTranslation("inbox.open"), click -> getUI().ifPresent(ui -> ui.navigate(row.task().route())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TaskNotAvailableException | TaskClaimedByOtherException refused) {
            Notification.show(getTranslation("inbox.task-changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void refresh() {
        myTasks.setLabel(getTranslation("inbox.my-tasks", workflow.count(Inbox.MY_TASKS, actor)));
        groupTasks.setLabel(getTranslation("inbox.group-tasks", workflow.count(Inbox.GROUP_TASKS, actor)));
        grid.getDataProvider().refreshAll();
    }

    private String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(getLocale()).format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.name");
    }

    private record InboxRow(WorkTask task, TaskSubject subject) {
    }
}

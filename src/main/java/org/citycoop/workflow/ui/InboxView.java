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
import com.vaadin.flow.component.grid.Grid.SelectionMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import java.util.EnumMap;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;

/**
 * The task inbox: my tasks, my groups' unassigned tasks and, for a manager, all open tasks of the
 * organisation, scoped by the engine query itself. The grid pages lazily from the database; the
 * view and its filters live in the URL's query parameters (see {@link InboxLocation}).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Map<Inbox, String> LABELS = Map.of(Inbox.MY_TASKS, "inbox.my-tasks",
            Inbox.GROUP_TASKS, "inbox.group-tasks", Inbox.ORGANISATION_TASKS, "inbox.organisation-tasks");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT);

    private final WorkflowService workflow;
    private final TaskSubjectLookup subjects;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final Grid<InboxRow> grid = new Grid<>();
    private final Map<Inbox, Tab> tabs = new EnumMap<>(Inbox.class);
    private final Tabs views = new Tabs();
    private final InboxFilterBar filters;
    private InboxLocation location = new InboxLocation(Inbox.GROUP_TASKS, InboxFilter.NONE);
    private boolean filling;
    private Grid.Column<InboxRow> followUpColumn;

    InboxView(WorkflowService workflow, TaskSubjectLookup subjects, CurrentUser currentUser, Clock clock) {
        this.workflow = workflow;
        this.subjects = subjects;
        this.actor = Actor.of(currentUser.require());
        this.clock = clock;
        this.zone = clock.getZone();
        setSizeFull();

        for (Inbox view : workflow.viewsOf(actor)) {
            Tab tab = new Tab();
            tab.setId("inbox-view-" + view.name());
            tabs.put(view, tab);
        }
        views.add(tabs.get(Inbox.GROUP_TASKS), tabs.get(Inbox.MY_TASKS));
        if (tabs.containsKey(Inbox.ORGANISATION_TASKS)) {
            views.add(tabs.get(Inbox.ORGANISATION_TASKS));
        }
        views.addSelectedChangeListener(event -> {
            if (!filling) {
                tabs.forEach((view, tab) -> {
                    if (tab == event.getSelectedTab()) {
                        moveTo(new InboxLocation(view, location.filter()));
                    }
                });
            }
        });
        filters = new InboxFilterBar(workflow.processes(), filter -> moveTo(new InboxLocation(location.view(), filter)));
        filters.setWidthFull();

        configureGrid();
        InboxBulkBar bulk = new InboxBulkBar(workflow, actor, actor.hasRole(Roles.MANAGER), clock,
                () -> grid.getSelectedItems().stream().map(row -> row.task().id()).toList(), this::refresh);
        add(new H2(getTranslation("inbox.title")), views, filters, bulk, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InboxLocation asked = InboxLocation.from(event.getLocation().getQueryParameters());
        location = tabs.containsKey(asked.view()) ? asked : new InboxLocation(Inbox.GROUP_TASKS, asked.filter());
        filling = true;
        try {
            views.setSelectedTab(tabs.get(location.view()));
            filters.fill(location.filter());
        } finally {
            filling = false;
        }
        event.getUI().getSession().setAttribute(InboxLocation.class.getName(), location);
        refresh();
    }

    private void moveTo(InboxLocation next) {
        location = next;
        getUI().ifPresent(next::show);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(SelectionMode.MULTI);
        grid.setPartNameGenerator(row -> row.task().isOverdue(Instant.now(clock)) ? "overdue-row" : null);
        grid.setSizeFull();
        // the filters above must not squeeze the rows away: the page scrolls instead
        grid.setMinHeight("22em");
        grid.addComponentColumn(row -> new Anchor(row.task().route(), row.task().name()))
                .setHeader(getTranslation("inbox.column.task")).setWidth("11em").setFlexGrow(1);
        grid.addColumn(row -> row.task().businessKey()).setHeader(getTranslation("inbox.column.project"))
                .setAutoWidth(true).setFlexGrow(0);
        // title and partner city share a column: one column less to scroll past on a laptop
        Grid.Column<InboxRow> title = grid.addColumn(row -> row.subject() == null ? ""
                        : getTranslation("inbox.title-and-partner", row.subject().title(), row.subject().partner()))
                .setHeader(getTranslation("inbox.column.title-and-partner")).setWidth("12em").setFlexGrow(1);
        Grid.Column<InboxRow> due = grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("inbox.column.due"))
                .setWidth("14em").setFlexGrow(0);
        Grid.Column<InboxRow> followUp = grid.addColumn(row -> format(row.task().followUp()))
                .setHeader(getTranslation("inbox.column.follow-up")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<InboxRow> assignee = grid.addColumn(row -> Objects.toString(row.task().assignee(), ""))
                .setHeader(getTranslation("inbox.column.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true); // claim and open stay in reach however wide the other columns are
        NarrowScreens.hideOnPhones(this, List.of(title, assignee));
        this.followUpColumn = followUp;
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> {
            List<WorkTask> page = workflow.inbox(location.view(), location.filter(), actor, query.getOffset(),
                    query.getLimit());
            Map<String, TaskSubject> described = subjects.describe(page.stream()
                    .map(WorkTask::businessKey).filter(Objects::nonNull).distinct().toList());
            return page.stream().map(task -> new InboxRow(task, described.get(task.businessKey())));
        }, query -> (int) workflow.count(location.view(), location.filter(), actor));
    }

    private Span dueBadge(InboxRow row) {
        Span due = new Span(format(row.task().due()));
        if (row.task().isOverdue(Instant.now(clock))) {
            // the word first, so that a narrow column cuts the date rather than the marker
            due.addClassName("overdue");
            due.addComponentAsFirst(new Text(getTranslation("inbox.overdue") + " · "));
        }
        return due;
    }

    private HorizontalLayout actions(InboxRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.task().assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), click -> act(() -> workflow.claim(row.task().id(), actor)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + row.task().id());
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
        tabs.forEach((view, tab) -> tab.setLabel(getTranslation(LABELS.get(view), workflow.count(view, location.filter(), actor))));
        grid.deselectAll();
        // the follow-up date matters only for parked tasks: elsewhere its column would only take room
        followUpColumn.setVisible(location.filter().parked());
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

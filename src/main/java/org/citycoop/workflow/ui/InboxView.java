package org.citycoop.workflow.ui;

import org.citycoop.name.Name;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.SelectionMode;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.InboxColumn;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.InboxPreferences;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;

/**
 * The task inbox: my tasks, my groups' unassigned tasks and, for a manager, all open tasks of the
 * organisation, scoped by the engine query itself. The grid pages lazily from the database; the
 * view and its filters live in the URL's query parameters (see {@link InboxLocation}), the scroll
 * position in the browser's session ({@link InboxScroll}), the chosen columns and saved filters on
 * the server ({@link InboxPreferences}).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Map<Inbox, String> LABELS = Map.of(Inbox.MY_TASKS, "inbox.my-tasks",
            Inbox.GROUP_TASKS, "inbox.group-tasks", Inbox.ORGANISATION_TASKS, "inbox.organisation-tasks");
    /** A cell's second line (the project's title, a phone's project code): quieter than the first. */
    private static final String SECONDARY = "color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s)";
    /** The mark of an absent colleague's task that the user stands in for (DD027): "for Aiko Tanaka". */
    private static final String ACTING_FOR = "<span class=\"acting-for\" ?hidden=${!item.actingFor}>${item.actingFor}</span>";

    private final WorkflowService workflow;
    private final TaskSubjectLookup subjects;
    private final Actor actor;
    private final Clock clock;
    private final Grid<InboxRow> grid = new Grid<>();
    private final Map<Inbox, Tab> tabs = new EnumMap<>(Inbox.class);
    private final Tabs views = new Tabs();
    private final InboxFilterBar filters;
    private final InboxSavedFilters savedFilters;
    private final InboxColumns columns;
    private InboxLocation location = new InboxLocation(Inbox.GROUP_TASKS, InboxFilter.NONE);
    private boolean filling;

    InboxView(WorkflowService workflow, TaskSubjectLookup subjects, InboxPreferences preferences, CurrentUser currentUser,
              Clock clock) {
        this.workflow = workflow;
        this.subjects = subjects;
        this.actor = Actor.of(currentUser.require());
        this.clock = clock;
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
        filters = new InboxFilterBar(workflow.processes(), workflow.partnerCities(actor),
                filter -> moveTo(new InboxLocation(location.view(), filter)));
        filters.setWidthFull();
        savedFilters = new InboxSavedFilters(preferences, actor, () -> location.query(),
                query -> UI.getCurrent().navigate("", QueryParameters.fromString(query)));

        boolean manager = actor.hasRole(Roles.MANAGER);
        columns = configureGrid(preferences, new InboxRowActions(workflow, actor, manager, clock, this::refresh));
        HorizontalLayout tools = new HorizontalLayout(savedFilters, columns.menu(chosen -> preferences.chooseColumns(chosen, actor)));
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.END);
        tools.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        InboxBulkBar bulk = new InboxBulkBar(workflow, actor, manager, clock,
                () -> grid.getSelectedItems().stream().map(row -> row.task().id()).toList(), this::refresh);
        // one row of tools: for the inbox, or once rows are ticked for them (no row jumps when ticking)
        bulk.setVisible(false);
        grid.addSelectionListener(selection -> {
            boolean any = !selection.getAllSelectedItems().isEmpty();
            tools.setVisible(!any);
            bulk.setVisible(any);
        });
        // a phone shows the rows first; the filters fold away under their summary
        Details filtering = new Details(getTranslation("inbox.filters"), filters, tools);
        filtering.setWidthFull();
        filtering.setOpened(true);
        NarrowScreens.whenWidthChanges(this, narrow -> filtering.setOpened(!narrow));
        add(new H2(getTranslation("inbox.title")), views, filtering, bulk, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        // the menu's link carries no filters: it comes back to the inbox as the user left it
        InboxLocation wanted = asked.getParameters().isEmpty()
                ? InboxLocation.last(event.getUI().getSession()).orElse(InboxLocation.from(asked))
                : InboxLocation.from(asked);
        location = tabs.containsKey(wanted.view()) ? wanted : new InboxLocation(Inbox.GROUP_TASKS, wanted.filter());
        filling = true;
        try {
            views.setSelectedTab(tabs.get(location.view()));
            filters.fill(location.filter());
            savedFilters.select(location.query());
        } finally {
            filling = false;
        }
        location.show(event.getUI());
        refresh();
        InboxScroll.restore(grid, location.query());
    }

    private void moveTo(InboxLocation next) {
        location = next;
        getUI().ifPresent(next::show);
        savedFilters.select(location.query());
        refresh();
    }

    private InboxColumns configureGrid(InboxPreferences preferences, InboxRowActions actions) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(SelectionMode.MULTI);
        grid.setPartNameGenerator(row -> row.task().isOverdue(Instant.now(clock)) ? "overdue-row" : null);
        grid.setSizeFull();
        // the filters above must not squeeze the rows away: the page scrolls instead
        grid.setMinHeight("22em");
        // widths add up to fit a laptop beside the menu (1280 px) without sideways scrolling. In rem, not em:
        // header cells have a smaller font than body cells, so em widths put each header off its cells
        Grid.Column<InboxRow> taskColumn = grid.addColumn(LitRenderer.<InboxRow>of("<a href=\"${item.route}\">${item.name}</a>" + ACTING_FOR)
                        .withProperty("route", row -> row.task().route()).withProperty("name", row -> TaskNames.of(this, row.task()))
                        .withProperty("actingFor", this::actingFor))
                .setHeader(getTranslation("inbox.column.task")).setWidth("10.5rem").setFlexGrow(2);
        Grid.Column<InboxRow> compact = grid.addColumn(LitRenderer.<InboxRow>of("""
                        <a href="${item.route}">${item.name}</a>%s
                        <div style="%s">${item.code}</div>
                        <div class="${item.dueClass}">${item.due}</div>""".formatted(ACTING_FOR, SECONDARY))
                        .withProperty("route", row -> row.task().route()).withProperty("name", row -> TaskNames.of(this, row.task()))
                        .withProperty("actingFor", this::actingFor)
                        .withProperty("code", row -> Objects.toString(row.task().businessKey(), ""))
                        .withProperty("due", this::due).withProperty("dueClass", this::dueClass))
                .setHeader(getTranslation("inbox.column.task")).setFlexGrow(1);
        InboxColumns shown = new InboxColumns(taskColumn, compact, preferences.columnsOf(actor));
        shown.add(InboxColumn.PROJECT, grid.addColumn(LitRenderer.<InboxRow>of(
                                "<div>${item.code}</div><div style=\"" + SECONDARY + "\">${item.title}</div>")
                        .withProperty("code", row -> Objects.toString(row.task().businessKey(), ""))
                        .withProperty("title", row -> row.subject() == null ? "" : row.subject().title()))
                .setHeader(header(InboxColumn.PROJECT)).setWidth("10.5rem").setFlexGrow(2));
        shown.add(InboxColumn.PARTNER, grid.addColumn(row -> row.subject() == null ? "" : row.subject().partner().in(getLocale()))
                .setHeader(header(InboxColumn.PARTNER)).setWidth("7rem").setFlexGrow(1));
        shown.add(InboxColumn.PHASE, grid.addColumn(row -> row.task().phase() == null ? ""
                        : getTranslation("inbox.phase." + row.task().phase().name()))
                .setHeader(header(InboxColumn.PHASE)).setWidth("8rem").setFlexGrow(1));
        shown.add(InboxColumn.CREATED, grid.addColumn(row -> format(row.task().created()))
                .setHeader(header(InboxColumn.CREATED)).setWidth("7.5rem").setFlexGrow(0));
        shown.add(InboxColumn.DUE, grid.addColumn(LitRenderer.<InboxRow>of("<span class=\"${item.dueClass}\">${item.due}</span>")
                        .withProperty("due", this::due).withProperty("dueClass", this::dueClass))
                .setHeader(header(InboxColumn.DUE)).setWidth("8.5rem").setFlexGrow(0));
        shown.add(InboxColumn.FOLLOW_UP, grid.addColumn(row -> format(row.task().followUp()))
                .setHeader(header(InboxColumn.FOLLOW_UP)).setWidth("7.5rem").setFlexGrow(0));
        shown.add(InboxColumn.ASSIGNEE, grid.addColumn(InboxRow::assigneeName)
                .setHeader(header(InboxColumn.ASSIGNEE)).setWidth("10.5rem").setFlexGrow(1));
        grid.addComponentColumn(row -> actions.of(row.task())).setHeader(getTranslation("inbox.column.actions"))
                .setWidth("9rem").setFlexGrow(0);
        NarrowScreens.whenWidthChanges(this, shown::narrow);
        InboxScroll.keep(grid);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> {
            List<WorkTask> page = workflow.inbox(location.view(), location.filter(), actor, query.getOffset(),
                    query.getLimit());
            Map<String, TaskSubject> described = subjects.describe(page.stream()
                    .map(WorkTask::businessKey).filter(Objects::nonNull).distinct().toList());
            Map<String, Name> names = workflow.namesOf(page.stream().map(WorkTask::assignee).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            return page.stream().map(task -> new InboxRow(task, described.get(task.businessKey()),
                    task.assignee() == null ? "" : names.get(task.assignee()).in(getLocale())));
        }, query -> (int) workflow.count(location.view(), location.filter(), actor));
        return shown;
    }

    private String header(InboxColumn column) {
        return getTranslation(InboxColumns.key(column));
    }

    /** The due date, the word "overdue" first, so that a narrow column cuts the date rather than the marker. */
    private String due(InboxRow row) {
        String date = format(row.task().due());
        return row.task().isOverdue(Instant.now(clock)) ? getTranslation("inbox.overdue") + " · " + date : date;
    }

    /** "for <name>" on my tasks that are an absent colleague's; empty on my own and in the other views. */
    private String actingFor(InboxRow row) {
        String assignee = row.task().assignee();
        boolean forColleague = location.view() == Inbox.MY_TASKS && assignee != null && !assignee.equals(actor.userId());
        return forColleague ? getTranslation("inbox.acting-for", row.assigneeName()) : "";
    }

    private String dueClass(InboxRow row) {
        return row.task().isOverdue(Instant.now(clock)) ? "overdue" : "";
    }

    private void refresh() {
        tabs.forEach((view, tab) -> tab.setLabel(getTranslation(LABELS.get(view), workflow.count(view, location.filter(), actor))));
        grid.deselectAll();
        columns.parked(location.filter().parked());
        InboxScroll.follow(grid, location.query());
        grid.getDataProvider().refreshAll();
    }

    private String format(Instant instant) {
        return instant == null ? "" : Formats.date(instant.atZone(clock.getZone()).toLocalDate(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.name");
    }

    private record InboxRow(WorkTask task, TaskSubject subject, String assigneeName) {
    }
}

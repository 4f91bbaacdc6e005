package org.citycoop.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.InboxFilter.Due;
import org.citycoop.workflow.Phase;

/**
 * An inbox view and its filters as URL query parameters, so that a filtered inbox is a link and
 * returning from a task (browser back, or the task screen's way back) restores it.
 */
record InboxLocation(Inbox view, InboxFilter filter) implements Serializable {

    private static final String SESSION_KEY = InboxLocation.class.getName();

    static InboxLocation from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new InboxLocation(parse(Inbox.class, first(values, "view"), Inbox.GROUP_TASKS),
                new InboxFilter(first(values, "process"), first(values, "project"),
                        parse(Due.class, first(values, "due"), Due.ANY), first(values, "q"),
                        "true".equals(first(values, "parked")), parse(Phase.class, first(values, "phase"), null),
                        first(values, "partner")));
    }

    QueryParameters parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("view", view.name());
        Optional.ofNullable(filter.processKey()).ifPresent(key -> values.put("process", key));
        Optional.ofNullable(filter.phase()).ifPresent(phase -> values.put("phase", phase.name()));
        Optional.ofNullable(filter.partnerCode()).ifPresent(code -> values.put("partner", code));
        Optional.ofNullable(filter.projectCode()).ifPresent(code -> values.put("project", code));
        if (filter.due() != Due.ANY) {
            values.put("due", filter.due().name());
        }
        Optional.ofNullable(filter.search()).ifPresent(words -> values.put("q", words));
        if (filter.parked()) {
            values.put("parked", "true");
        }
        return QueryParameters.simple(values);
    }

    /** Shows this state in the address bar without a new history entry, and remembers it for the way back. */
    void show(UI ui) {
        ui.getPage().getHistory().replaceState(null, new Location("", parameters()));
        ui.getSession().setAttribute(SESSION_KEY, this);
    }

    /** Back to the inbox as the user left it. */
    static void returnTo(UI ui) {
        Optional<InboxLocation> last = last(ui.getSession());
        if (last.isEmpty()) {
            ui.navigate("");
        } else {
            ui.navigate("", last.get().parameters());
        }
    }

    /** The inbox as the user last left it in this session, if they have opened it. */
    static Optional<InboxLocation> last(VaadinSession session) {
        return Optional.ofNullable(session == null ? null : (InboxLocation) session.getAttribute(SESSION_KEY));
    }

    /** The query of the inbox's address, e.g. {@code view=GROUP_TASKS&due=OVERDUE}: what a saved filter keeps. */
    String query() {
        return parameters().getQueryString();
    }


    private static String first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}

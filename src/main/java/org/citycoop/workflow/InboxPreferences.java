package org.citycoop.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.NotAvailableException;
import org.citycoop.security.Roles;
import org.citycoop.workflow.internal.InboxPreferenceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each user arranges the inbox, kept on the server so that it follows them from browser to
 * browser: the columns they show, and their named filters, which they may share with a role of
 * their own organisation. A user sees their own filters and those shared with one of their roles
 * in their organisation, never another organisation's.
 */
@Service
public class InboxPreferences {

    static final int NAME_MAX = 80;
    static final int QUERY_MAX = 1000;
    /** An address's query as the inbox writes it: parameters and percent-encoded values only. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9_.~+%=&-]*");

    private final InboxPreferenceStore store;

    InboxPreferences(InboxPreferenceStore store) {
        this.store = store;
    }

    /** The columns the user chose, in the grid's order; the default ones until they choose. */
    @Transactional(readOnly = true)
    public Set<InboxColumn> columnsOf(Actor actor) {
        return store.columnsOf(actor.userId()).map(InboxPreferences::parseColumns)
                .orElseGet(() -> EnumSet.copyOf(InboxColumn.DEFAULT));
    }

    @Transactional
    public void chooseColumns(Set<InboxColumn> columns, Actor actor) {
        store.chooseColumns(actor.userId(), columns.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }

    /** The user's own filters and those shared with one of their roles in their organisation, by name. */
    @Transactional(readOnly = true)
    public List<SavedFilter> savedFiltersOf(Actor actor) {
        return store.filtersVisibleTo(actor.userId(), actor.organisationCode(), actor.roles());
    }

    /**
     * Saves the inbox address's {@code query} under a name; a filter of the user with that name is
     * replaced. {@code sharedWithRole} (or null): the role of the user's organisation that sees it too.
     */
    @Transactional
    public SavedFilter saveFilter(String name, String query, String sharedWithRole, Actor actor) {
        String trimmedName = name == null ? "" : name.strip();
        String trimmedQuery = query == null ? "" : query.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (trimmedName.isEmpty() || trimmedName.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "inbox.problem.filter.name", NAME_MAX));
        }
        if (trimmedQuery.length() > QUERY_MAX || !QUERY.matcher(trimmedQuery).matches()) {
            problems.add(FieldProblem.of("query", "inbox.problem.filter.query"));
        }
        if (sharedWithRole != null && !Roles.ALL.contains(sharedWithRole)) {
            problems.add(FieldProblem.of("sharedWithRole", "inbox.problem.filter.role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.saveFilter(actor.userId(), actor.organisationCode(), trimmedName, trimmedQuery, sharedWithRole);
        return new SavedFilter(id, trimmedName, trimmedQuery, actor.userId(), sharedWithRole);
    }

    /** Deletes one of the user's own filters; anyone else's is not available to them. */
    @Transactional
    public void deleteFilter(long id, Actor actor) {
        if (!store.deleteFilter(id, actor.userId())) {
            throw new NotAvailableException("Saved filter " + id + " is not " + actor.userId() + "'s");
        }
    }

    private static Set<InboxColumn> parseColumns(String stored) {
        // a column a later release removed is ignored rather than failing the inbox
        Set<InboxColumn> columns = EnumSet.noneOf(InboxColumn.class);
        Arrays.stream(stored.split(",")).filter(name -> Arrays.stream(InboxColumn.values()).anyMatch(c -> c.name().equals(name)))
                .map(InboxColumn::valueOf).forEach(columns::add);
        return columns;
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.citycoop.workflow.InboxColumn;

/**
 * Which columns of the inbox show, and the menu where the user chooses them. On a laptop the
 * user's choice shows; on a phone only the compact task column (task, project and due date in one
 * cell) and the actions, so that no row needs sideways scrolling. The follow-up date also shows
 * whenever parked tasks are listed, since that is when it matters.
 */
final class InboxColumns {

    private final Map<InboxColumn, Grid.Column<?>> columns = new EnumMap<>(InboxColumn.class);
    private final Grid.Column<?> task;
    private final Grid.Column<?> compactTask;
    private Set<InboxColumn> chosen;
    private boolean narrow;
    private boolean parked;

    InboxColumns(Grid.Column<?> task, Grid.Column<?> compactTask, Set<InboxColumn> chosen) {
        this.task = task;
        this.compactTask = compactTask;
        this.chosen = copy(chosen);
        compactTask.setVisible(false);
    }

    void add(InboxColumn key, Grid.Column<?> column) {
        columns.put(key, column);
        column.setVisible(chosen.contains(key));
    }

    void narrow(boolean narrow) {
        this.narrow = narrow;
        apply();
    }

    void parked(boolean parked) {
        this.parked = parked;
        apply();
    }

    /** A "Columns" menu with a tick for each column; each change is applied and handed to {@code chose} to keep. */
    MenuBar menu(Consumer<Set<InboxColumn>> chose) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setId("inbox-columns");
        SubMenu items = menu.addItem(menu.getTranslation("inbox.columns")).getSubMenu();
        for (InboxColumn key : columns.keySet()) {
            MenuItem item = items.addItem(menu.getTranslation(key(key)));
            item.setCheckable(true);
            item.setChecked(chosen.contains(key));
            item.setKeepOpen(true);
            item.addClickListener(click -> {
                if (item.isChecked()) {
                    chosen.add(key);
                } else {
                    chosen.remove(key);
                }
                apply();
                chose.accept(copy(chosen));
            });
        }
        return menu;
    }

    /** The message key of a column's header, e.g. {@code inbox.column.follow-up}. */
    static String key(InboxColumn column) {
        return "inbox.column." + column.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<InboxColumn> copy(Set<InboxColumn> columns) {
        Set<InboxColumn> copy = EnumSet.noneOf(InboxColumn.class);
        copy.addAll(columns);
        return copy;
    }

    private void apply() {
        task.setVisible(!narrow);
        compactTask.setVisible(narrow);
        columns.forEach((key, column) -> column.setVisible(!narrow
                && (chosen.contains(key) || key == InboxColumn.FOLLOW_UP && parked)));
    }
}

package org.citycoop.workflow.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Keeps the inbox grid's first visible row in the browser's session storage, together with the
 * inbox address it belongs to, and scrolls back to it when the user returns to that address, so
 * that opening a task and coming back lands on the same rows.
 */
final class InboxScroll {

    private static final String KEEP = """
            const grid = this;
            if (!grid.__inboxScrollKept) {
              grid.__inboxScrollKept = true;
              grid.$.table.addEventListener('scroll', () => sessionStorage.setItem('citycoop.inbox.scroll',
                  JSON.stringify({query: grid.inboxQuery, index: grid._firstVisibleIndex})));
            }""";

    /** Scrolls once the grid knows that many rows (its size arrives with the first page of data). */
    private static final String RESTORE = """
            const grid = this, query = $0;
            grid.inboxQuery = query;
            const kept = JSON.parse(sessionStorage.getItem('citycoop.inbox.scroll') || 'null');
            if (!kept || kept.query !== query || !(kept.index > 0)) return;
            let tries = 0;
            const scroll = () => {
              if (grid.size > kept.index) grid.scrollToIndex(kept.index);
              else if (tries++ < 50) setTimeout(scroll, 100);
            };
            scroll();""";

    private InboxScroll() {
    }

    /** Starts keeping the position whenever the grid scrolls. */
    static void keep(Grid<?> grid) {
        grid.addAttachListener(attach -> grid.getElement().executeJs(KEEP));
    }

    /** The rows now belong to another address: a position kept from now on is kept for that one. */
    static void follow(Grid<?> grid, String query) {
        grid.getElement().setProperty("inboxQuery", query);
    }

    /** Back at an address: scrolls to the row that was first in view when the user left it. */
    static void restore(Grid<?> grid, String query) {
        grid.getElement().executeJs(RESTORE, query);
    }
}

package org.citycoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.settle;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What a person reads in the first {@code vaadin-grid} of a page, found the way they would find it:
 * by scrolling the lazy grid until the row with a known text is in view. Rows are read by their
 * texts, never clicked through element handles (the grid recycles its row elements as it scrolls).
 */
public final class Grids {

    /**
     * Grid rows are found through the slots of the grid's shadow rows, where the cell contents are
     * slotted. A lazy grid renders only the rows in view, so the grid is scrolled through, waiting
     * for each page of data, until the row is in view. Resolves to the texts of the cells of the
     * first row with a cell, or a line of a cell, whose text is the argument (left in view), or null.
     */
    private static final String FIND_ROW = """
            async text => {
              const grid = document.querySelector('vaadin-grid');
              if (!grid) return null;
              const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
              const loaded = async () => { do { await pause(100); } while (grid.hasAttribute('loading')); };
              const find = () => {
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                  const shows = c => c.textContent.trim() === text
                      || [...c.querySelectorAll('*')].some(e => e.textContent.trim() === text);
                  if (cells.some(shows)) return cells.map(c => c.textContent.trim());
                }
                return null;
              };
              const scroller = grid.$.table;
              await loaded();
              let found = find();
              if (found) return found;
              scroller.scrollTop = 0;
              for (let step = 0; step < 500; step++) {
                await loaded();
                found = find();
                if (found) return found;
                if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return null;
                scroller.scrollTop += Math.max(50, scroller.clientHeight - 100);
              }
              return null;
            }
            """;

    /** The texts of all cells of the grid, scrolling through all its rows. */
    private static final String ALL_CELL_TEXTS = """
            async () => {
              const grid = document.querySelector('vaadin-grid');
              const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
              const loaded = async () => { do { await pause(100); } while (grid.hasAttribute('loading')); };
              const texts = new Set();
              const scroller = grid.$.table;
              scroller.scrollTop = 0;
              for (let step = 0; step < 500; step++) {
                await loaded();
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden) continue;
                  [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements())
                      .forEach(c => texts.add(c.textContent.trim()));
                }
                if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
                scroller.scrollTop += Math.max(50, scroller.clientHeight - 100);
              }
              scroller.scrollTop = 0;
              return [...texts];
            }
            """;

    /**
     * In the row (in view) with a cell, or a line of a cell, whose text is the first argument: the first element that
     * matches the selector and, when a third argument is given, has that text.
     */
    private static final String IN_ROW = """
            ([text, selector, label]) => {
              for (const row of document.querySelector('vaadin-grid').shadowRoot.querySelectorAll('tbody#items tr')) {
                if (row.hidden) continue;
                const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                if (cells.some(c => c.textContent.trim() === text
                    || [...c.querySelectorAll('*')].some(e => e.textContent.trim() === text))) {
                  return cells.flatMap(c => [...c.querySelectorAll(selector)])
                      .find(e => !label || e.textContent.trim() === label) || null;
                }
              }
              return null;
            }
            """;

    private Grids() {
    }

    /** The cell texts of the grid row with that cell text, scrolled into view; fails when there is none. */
    @SuppressWarnings("unchecked")
    public static List<String> rowWith(Page page, String cellText) {
        settle(page);
        List<String> row = (List<String>) page.evaluate(FIND_ROW, cellText);
        assertThat(row).as("grid row with " + cellText).isNotNull();
        settle(page);
        return row;
    }

    /** The texts of all cells of the grid, scrolling through all its rows and back to the top. */
    @SuppressWarnings("unchecked")
    public static List<String> allCellTexts(Page page) {
        settle(page);
        List<String> texts = (List<String>) page.evaluate(ALL_CELL_TEXTS);
        settle(page);
        return texts;
    }

    /**
     * In the row in view with the cell text {@code cellText}: the first element matching {@code selector}
     * with the text {@code label}, or null. Read its attributes (a link's address); do not click it.
     */
    public static ElementHandle inRow(Page page, String cellText, String selector, String label) {
        return page.evaluateHandle(IN_ROW, List.of(cellText, selector, label)).asElement();
    }

    /** The selection boxes of the rows the grid shows (the header's box is hidden for a lazy grid). */
    public static List<Locator> shownRows(Page page) {
        settle(page);
        return page.locator("vaadin-grid vaadin-checkbox:visible").all();
    }

    /** The text of the rows the grid shows (it keeps the cells of rows it no longer shows, hidden). */
    public static String shownText(Page page) {
        settle(page);
        return String.join(" ", page.locator("vaadin-grid vaadin-grid-cell-content:visible").allInnerTexts());
    }
}

package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.citycoop.BrowserSession;

/**
 * A person without a mouse: Tab moves the focus, and the page is asked where the focus is and whether
 * it can be seen there (an outline or a box shadow on the focused element, its pseudo-elements, the
 * components around it, or the parts of their focus ring — Lumo draws it as a box shadow once the
 * component has the {@code focus-ring} attribute).
 */
final class Keyboard {

    /** Where the focus is, through the shadow roots of the components it is in. */
    record Focus(String path, String label, boolean visible, boolean primaryButton, boolean inGrid, boolean link) {
        @Override
        public String toString() {
            return path + " \"" + label + "\"";
        }
    }

    private static final String FOCUS = """
            () => {
              const chain = [];
              let el = document.activeElement;
              while (el) { chain.push(el); el = el.shadowRoot ? el.shadowRoot.activeElement : null; }
              if (chain.length === 0 || chain[0] === document.body) {
                return {path: 'body', label: '', visible: false, primaryButton: false, inGrid: false, link: false};
              }
              const shows = (e, pseudo) => {
                const s = getComputedStyle(e, pseudo);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
              };
              const showsAny = e => shows(e) || shows(e, '::before') || shows(e, '::after');
              const around = [];
              for (let e = chain[chain.length - 1]; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                around.push(e);
                if (e === document.body) break;
              }
              const hosts = around.filter(e => e.hasAttribute && (e.hasAttribute('focus-ring') || e.hasAttribute('focused')));
              const ringParts = hosts.flatMap(h => h.shadowRoot ? [...h.shadowRoot.querySelectorAll('[part]')] : []);
              const visible = chain.some(showsAny) || hosts.some(showsAny) || ringParts.some(showsAny);
              const deep = chain[chain.length - 1];
              const field = around.find(e => e.label);
              // a side-nav item's link lives in its shadow root; its text is the item's own
              const text = around.map(e => (e.textContent || '').trim()).find(t => t) || '';
              const label = (field && field.label) || deep.getAttribute('aria-label') || text.slice(0, 60);
              return {
                path: around.slice().reverse().filter(e => e.localName.includes('-') || e === deep).map(e => e.localName).join(' > '),
                label: label,
                visible: visible,
                primaryButton: around.some(e => e.localName === 'vaadin-button' && (e.getAttribute('theme') || '').includes('primary')),
                inGrid: around.some(e => e.localName === 'vaadin-grid'),
                link: deep.localName === 'a'
              };
            }""";

    private static final int MOST_TABS = 150;
    /** A date picker's calendar is open; a date-time picker's date part is a vaadin-date-picker too. */
    private static final String OPEN_DATE_PICKER = "vaadin-date-picker[opened]";

    private Keyboard() {
    }

    @SuppressWarnings("unchecked")
    static Focus focus(Page page) {
        Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS);
        return new Focus((String) focus.get("path"), String.valueOf(focus.get("label")), (Boolean) focus.get("visible"),
                (Boolean) focus.get("primaryButton"), (Boolean) focus.get("inGrid"), (Boolean) focus.get("link"));
    }

    /** Presses Tab until the focus is where {@code wanted}; every stop on the way is given to {@code stops}. */
    static Focus tabTo(Page page, Predicate<Focus> wanted, List<Focus> stops) {
        for (int i = 0; i < MOST_TABS; i++) {
            page.keyboard().press("Tab");
            Focus focus = focus(page);
            stops.add(focus);
            if (wanted.test(focus)) {
                return focus;
            }
        }
        throw new AssertionError("Tab did not reach it within " + MOST_TABS + " presses on " + page.url() + "; stops: " + stops);
    }

    static Focus tabTo(Page page, Predicate<Focus> wanted) {
        return tabTo(page, wanted, new ArrayList<>());
    }

    /** Tabs to the field labelled {@code label} and types {@code text} into it. */
    static void type(Page page, String label, String text) {
        tabTo(page, focus -> focus.label().equals(label));
        page.keyboard().type(text);
    }

    /**
     * Tabs to the date picker labelled {@code label}, types {@code date} and commits it with Enter once the
     * calendar that typing opens is there, then waits for it to close: an Enter that comes before the calendar
     * leaves it open, and Tab then circles inside it.
     */
    static void date(Page page, String label, String date) {
        type(page, label, date);
        Locator calendar = page.locator(OPEN_DATE_PICKER);
        calendar.first().waitFor();
        page.keyboard().press("Enter");
        calendar.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Tabs to the field labelled {@code label}, selects what it holds (Control+A) and types {@code text} over it. */
    static void replace(Page page, String label, String text) {
        tabTo(page, labelled(label));
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
    }

    /**
     * A select ({@code vaadin-select}) used by keyboard: Tab to it, Enter opens its list, ArrowDown moves
     * to the item, Enter chooses it.
     */
    static void pick(Page page, String label, String item) {
        tabTo(page, labelled(label));
        page.keyboard().press("Enter");
        page.locator("vaadin-select-item:visible").first().waitFor();
        for (int i = 0; i < 20 && !focus(page).label().equals(item); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focus(page).label()).as("ArrowDown reaches " + item + " in " + label).isEqualTo(item);
        page.keyboard().press("Enter");
        BrowserSession.settle(page);
    }

    static Predicate<Focus> labelled(String label) {
        return focus -> focus.label().equals(label);
    }

    /** The login form filled and sent with the keyboard: Tab to each field, type, Enter; the user's start page. */
    static Page signIn(BrowserSession browser, String username) {
        Page page = browser.newPage(1280, 800);
        page.navigate(browser.url("login"));
        page.locator("input[name=username]").waitFor();
        BrowserSession.settle(page);
        tabTo(page, focus -> focus.label().equals("User name"));
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        // the inbox, or a partner's portal
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h2").first().waitFor();
        BrowserSession.settle(page);
        return page;
    }

    /**
     * The inbox narrowed to the project by its address (a filtered inbox is a link), then Tab into the
     * task list (its header, then its rows), the arrow keys to the task's link, Enter to reach the link and Enter to follow it.
     */
    static void openFromInbox(BrowserSession browser, Page page, String code, String route) {
        page.navigate(browser.url("?project=" + code));
        BrowserSession.settle(page);
        tabTo(page, Focus::inGrid);
        // Tab moves from the grid's header to its rows, the arrow keys move within them
        page.keyboard().press("Tab");
        page.keyboard().press("Home");
        for (int column = 0; column < 8 && !cellHoldsLink(page); column++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(cellHoldsLink(page)).as("the arrow keys reach the task's cell; focus at " + focus(page)).isTrue();
        page.keyboard().press("Enter");
        assertThat(focus(page).link()).as("Enter on the task's cell focuses its link; focus at " + focus(page)).isTrue();
        page.keyboard().press("Enter");
        page.waitForURL("**/" + route + "**");
        BrowserSession.settle(page);
    }

    private static boolean cellHoldsLink(Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  const grid = document.activeElement;
                  const cell = grid && grid.localName === 'vaadin-grid' && grid.shadowRoot.activeElement;
                  const slot = cell && cell.querySelector('slot');
                  return !!(slot && slot.assignedElements().some(content => content.querySelector('a')));
                }""");
    }

    /**
     * A combo box used by keyboard: Tab to it, select what it holds (Control+A), type the start of the
     * item, ArrowDown to the first match, Enter.
     */
    static void choose(Page page, String label, String typed, String item) {
        tabTo(page, labelled(label));
        page.keyboard().press("Control+A");
        page.keyboard().type(typed);
        page.locator("vaadin-combo-box-item:visible").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        BrowserSession.settle(page);
        assertThat((String) page.evaluate("() => document.activeElement.value")).as(label).isEqualTo(item);
    }
}

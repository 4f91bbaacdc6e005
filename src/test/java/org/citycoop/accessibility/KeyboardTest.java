package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.accessibility.Keyboard.labelled;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, "keyboard-only use works for the inbox and every task screen; focus is visible": from the
 * top of the inbox and of every task screen, Tab reaches the main action (the task list, the screen's
 * primary button) and every stop on the way shows where the focus is; and two journeys done with the
 * keyboard alone — sign in, open the task from the inbox (Tab, arrow keys, Enter), fill the form, complete it.
 */
@CityCoopTest
class KeyboardTest {

    @LocalServerPort
    int port;

    @Autowired
    ScreenCatalogue catalogue;

    @Autowired
    ScreenTasks tasks;

    @Autowired
    ProjectService projects;

    @Autowired
    TestUsers users;

    @Test
    void tabReachesTheMainActionOfTheInboxAndOfEveryTaskScreenWithTheFocusVisibleAtEveryStop() {
        List<String> unreached = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            Map<String, Page> pageOf = new HashMap<>();
            browser.run("keyboard-every-task", () -> {
                Page inbox = pageOf.computeIfAbsent(ScreenCatalogue.OFFICER, browser::signedIn);
                check(inbox, browser.url(""), "inbox", focus -> focus.inGrid(), unreached, invisible);
                catalogue.taskScreens().forEach((formKey, screen) -> {
                    Page page = pageOf.computeIfAbsent(screen.user(), browser::signedIn);
                    check(page, browser.url(screen.path().get()), formKey, Keyboard.Focus::primaryButton, unreached, invisible);
                });
            });
        }

        assertThat(unreached).as("screens whose main action Tab does not reach").isEmpty();
        assertThat(invisible).as("focus stops without a visible focus indicator").isEmpty();
    }

    private static void check(Page page, String url, String screen, Predicate<Keyboard.Focus> mainAction,
                              List<String> unreached, List<String> invisible) {
        page.navigate(url);
        BrowserSession.settle(page);
        List<Keyboard.Focus> stops = new ArrayList<>();
        try {
            Keyboard.tabTo(page, mainAction, stops);
        } catch (AssertionError notReached) {
            unreached.add(screen + ": " + notReached.getMessage());
        }
        stops.stream().filter(stop -> !stop.visible()).distinct().forEach(stop -> invisible.add(screen + ": " + stop));
    }

    @Test
    void anOfficerProposesAndHerManagerApprovesWithTheKeyboardOnly() {
        String title = "Keyboard proposal " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("keyboard-proposal", () -> {
                Page officer = signInWithKeyboard(browser, "kitakyushu.officer");
                Keyboard.tabTo(officer, labelled("Propose a project"));
                officer.keyboard().press("Enter");
                BrowserSession.heading(officer, "Propose a project").waitFor();
                BrowserSession.settle(officer);
                Keyboard.type(officer, "Title", title);
                chooseWithKeyboard(officer, "Partner city", "Surabaya", "Surabaya (Indonesia)");
                chooseWithKeyboard(officer, "Theme", "Solid waste", "Solid waste management");
                chooseWithKeyboard(officer, "Cooperation type", "Technical", "Technical cooperation (training and specialist dispatch)");
                Keyboard.type(officer, "Planned start", "4/1/2027");
                officer.keyboard().press("Enter");
                Keyboard.type(officer, "Planned end", "3/31/2028");
                officer.keyboard().press("Enter");
                Keyboard.type(officer, "Budget (JPY)", "15000000");
                Keyboard.tabTo(officer, labelled("Submit proposal"));
                officer.keyboard().press("Enter");
                BrowserSession.notification(officer, "proposed");

                Project proposed = projects.visibleTo(users.get("kitakyushu.officer")).stream()
                        .filter(project -> project.title().equals(title)).findFirst().orElseThrow();
                Page manager = signInWithKeyboard(browser, "kitakyushu.manager");
                openFromInboxWithKeyboard(browser, manager, proposed.code(), "task/project/screen-proposal/");
                Keyboard.tabTo(manager, labelled("Approve"));
                manager.keyboard().press("Enter");
                BrowserSession.done(manager, "approved");
            });
        }
    }

    @Test
    void anOfficerDefinesTheFeasibilityStudysScopeWithTheKeyboardOnly() {
        String taskId = tasks.defineScope();
        String code = tasks.codeOf(taskId);
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("keyboard-feasibility", () -> {
                Page officer = signInWithKeyboard(browser, "kitakyushu.officer");
                openFromInboxWithKeyboard(browser, officer, code, "task/feasibility/define-scope/" + taskId);
                Keyboard.type(officer, "Scope", "Organic waste from three traditional markets.");
                Keyboard.type(officer, "Terms of reference", "Waste composition survey, site visits, cost estimate.");
                Keyboard.tabTo(officer, Keyboard.Focus::primaryButton);
                officer.keyboard().press("Enter");
                BrowserSession.heading(officer, "Task inbox").waitFor();
            });
        }
        assertThat(projects.openTasks(code, users.get("kitakyushu.officer"))).extracting(task -> task.taskDefinitionKey())
                .containsExactly("Task_ConductFieldSurvey");
    }

    /** The login form filled and sent with the keyboard: Tab to each field, type, Enter. */
    private static Page signInWithKeyboard(BrowserSession browser, String username) {
        Page page = browser.newPage(1280, 800);
        page.navigate(browser.url("login"));
        page.locator("input[name=username]").waitFor();
        BrowserSession.settle(page);
        Keyboard.tabTo(page, focus -> focus.label().equals("User name"));
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        BrowserSession.heading(page, "Task inbox").waitFor();
        BrowserSession.settle(page);
        return page;
    }

    /**
     * The inbox narrowed to the project by its address (a filtered inbox is a link), then Tab into the
     * task list (its header, then its rows), the arrow keys to the task's link, Enter to reach the link and Enter to follow it.
     */
    private static void openFromInboxWithKeyboard(BrowserSession browser, Page page, String code, String route) {
        page.navigate(browser.url("?project=" + code));
        BrowserSession.settle(page);
        Keyboard.tabTo(page, Keyboard.Focus::inGrid);
        // Tab moves from the grid's header to its rows, the arrow keys move within them
        page.keyboard().press("Tab");
        page.keyboard().press("Home");
        for (int column = 0; column < 8 && !cellHoldsLink(page); column++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(cellHoldsLink(page)).as("the arrow keys reach the task's cell; focus at " + Keyboard.focus(page)).isTrue();
        page.keyboard().press("Enter");
        assertThat(Keyboard.focus(page).link()).as("Enter on the task's cell focuses its link; focus at " + Keyboard.focus(page)).isTrue();
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

    /** A combo box used by keyboard: Tab to it, type the start of the item, ArrowDown to the first match, Enter. */
    private static void chooseWithKeyboard(Page page, String label, String typed, String item) {
        Keyboard.tabTo(page, labelled(label));
        page.keyboard().type(typed);
        page.locator("vaadin-combo-box-item:visible").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        BrowserSession.settle(page);
        assertThat((String) page.evaluate("() => document.activeElement.value")).as(label).isEqualTo(item);
    }
}

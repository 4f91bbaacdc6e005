package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.signOut;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox as a user arranges it, in Debian's Chromium at 1280×800 and 390×844: every default
 * column fits without sideways scrolling and the headers sit over their cells; the columns a
 * manager chooses survive signing out; a manager reassigns and parks from a row's menu; a filter
 * saved and shared with the officers reaches Kitakyushu's officer and never Yokohama's; coming
 * back from a task (browser back, or the menu) shows the same rows of a long inbox.
 * Screenshots: {@code target/screenshots/inbox-1*.png}.
 */
@CityCoopTest
class InboxArrangementScreensTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+-\\d{4}-\\d{3}");

    /** Whether the grid's rows fit its width: no sideways scrolling. */
    private static final String FITS = "() => { const t = document.querySelector('vaadin-grid').$.table; "
            + "return t.scrollWidth <= t.clientWidth + 1; }";

    /** The largest horizontal distance, in px, between a header cell and the cell of the first row under it. */
    private static final String HEADER_OFFSET = """
            () => {
              const grid = document.querySelector('vaadin-grid');
              const shown = cell => !cell.hidden && cell.offsetWidth > 0;
              const heads = [...grid.shadowRoot.querySelectorAll('thead tr:last-child th')].filter(shown);
              const row = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].find(r => !r.hidden);
              const cells = [...row.querySelectorAll('td')].filter(shown);
              return Math.max(...heads.map((head, i) =>
                  Math.abs(head.getBoundingClientRect().left - cells[i].getBoundingClientRect().left)));
            }""";

    /** The texts of the headers shown. */
    private static final String HEADERS = """
            () => [...document.querySelector('vaadin-grid').shadowRoot.querySelectorAll('thead tr:last-child th')]
                .filter(th => !th.hidden && th.offsetWidth > 0)
                .map(th => th.querySelector('slot').assignedElements().map(e => e.textContent.trim()).join(''))""";

    /** The rows wholly in view, top to bottom, each as the texts of its cells. */
    private static final String ROWS_IN_VIEW = """
            () => {
              const grid = document.querySelector('vaadin-grid');
              const table = grid.$.table.getBoundingClientRect();
              const header = grid.$.header.getBoundingClientRect();
              return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                .filter(row => !row.hidden)
                .filter(row => { const box = row.getBoundingClientRect();
                                 return box.top >= header.bottom - 1 && box.bottom <= table.bottom + 1; })
                .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                .map(row => [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements())
                    .map(c => c.textContent.trim()).join(' | '));
            }""";

    /** The task link in the row (in view) that shows the project code. */
    private static final String LINK_IN_ROW = """
            code => {
              for (const row of document.querySelector('vaadin-grid').shadowRoot.querySelectorAll('tbody#items tr')) {
                if (row.hidden) continue;
                const cells = [...row.querySelectorAll('td slot')].flatMap(s => s.assignedElements());
                if (cells.some(c => c.textContent.includes(code))) {
                  return cells.map(c => c.querySelector('a')).find(a => a)?.getAttribute('href') ?? null;
                }
              }
              return null;
            }""";

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired InboxPreferences preferences;

    @Test
    void defaultColumnsFitALaptopAndAPhoneAndTheChosenColumnsSurviveSigningOut() {
        String token = token();
        Project project = waitingForYokohamasOfficer("Leak detection " + token + " for Dalian");
        Actor manager = Actor.of(users.get("yokohama.manager"));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("inbox-arranged", () -> {
                Page page = browser.signedIn("yokohama.manager", 1280, 800);
                page.navigate(browser.url("?view=ORGANISATION_TASKS&q=" + token));
                heading(page, "Task inbox").waitFor();
                settle(page);
                assertThat(headers(page)).containsSubsequence("Task", "Project", "Partner city", "Due", "Assignee", "Actions");
                assertLaidOut(page);
                assertThat(rowsInView(page)).singleElement().asString()
                        .contains("Revise project proposal", project.code(), "Leak detection " + token, "Dalian");
                shootLaptopAndPhone(page, "inbox-11-laptop-default-columns", page.locator("vaadin-grid"));

                page.setViewportSize(390, 844);
                page.reload();
                heading(page, "Task inbox").waitFor();
                settle(page);
                page.waitForTimeout(300);
                assertLaidOut(page);
                // a phone shows the task with its project and due date in one cell, and the actions
                assertThat(headers(page)).contains("Task", "Actions").doesNotContain("Project", "Partner city", "Due", "Assignee");
                assertThat(rowsInView(page)).singleElement().asString().contains("Revise project proposal", project.code());
                page.setViewportSize(1280, 800);
                page.waitForTimeout(300);
                settle(page);

                // the manager shows the phase and hides the assignee; the choice is kept on the server
                page.locator("#inbox-columns vaadin-menu-bar-button:not([slot='overflow'])").click();
                page.locator("vaadin-menu-bar-item:visible").filter(new Locator.FilterOptions().setHasText("Phase")).click();
                settle(page);
                page.locator("vaadin-menu-bar-item:visible").filter(new Locator.FilterOptions().setHasText("Assignee")).click();
                settle(page);
                page.keyboard().press("Escape");
                assertThat(headers(page)).contains("Phase").doesNotContain("Assignee");
                signOut(page);
                browser.signIn(page, "yokohama.manager");
                page.navigate(browser.url("?view=ORGANISATION_TASKS&q=" + token));
                heading(page, "Task inbox").waitFor();
                settle(page);
                assertThat(headers(page)).contains("Phase").doesNotContain("Assignee");
                assertThat(rowsInView(page)).singleElement().asString().contains("Proposal and screening");
                assertLaidOut(page);
                shootLaptopAndPhone(page, "inbox-12-laptop-chosen-columns", page.locator("vaadin-grid"));
            });
        } finally {
            preferences.chooseColumns(EnumSet.copyOf(InboxColumn.DEFAULT), manager);
        }
    }

    @Test
    void aManagerReassignsAndParksFromTheRowsMenu() {
        String token = token();
        Project first = waitingForYokohamasOfficer("Sewer mapping " + token + " for Dalian");
        Project second = waitingForYokohamasOfficer("Sludge drying " + token + " for Dalian");
        String firstTask = process.taskWithKey(first, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        String secondTask = process.taskWithKey(second, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("inbox-row-actions", () -> {
                Page page = browser.signedIn("yokohama.manager", 1280, 800);
                page.navigate(browser.url("?view=ORGANISATION_TASKS&q=" + token));
                heading(page, "Task inbox").waitFor();
                settle(page);

                rowMenu(page, firstTask, "Reassign…");
                Locator dialog = page.locator("vaadin-dialog-overlay.inbox-row-dialog");
                // nobody chosen: the dialog says what to do and the task stays as it was
                page.locator("#row-dialog-confirm").click();
                settle(page);
                assertThat(field(dialog, "vaadin-combo-box", "Colleague").getAttribute("invalid")).isNotNull();
                assertThat(engineTasks.createTaskQuery().taskId(firstTask).singleResult().getAssignee()).isNull();
                Locator colleague = field(dialog, "vaadin-combo-box", "Colleague").locator("input");
                colleague.click();
                colleague.fill("yokohama.off");
                page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("yokohama.officer"))
                        .first().click();
                shootLaptopAndPhone(page, "inbox-13-row-reassign-dialog");
                page.locator("#row-dialog-confirm").click();
                notification(page, "1 task(s) updated.");
                settle(page);
                assertThat(engineTasks.createTaskQuery().taskId(firstTask).singleResult().getAssignee())
                        .isEqualTo("yokohama.officer");

                rowMenu(page, secondTask, "Park until…");
                LocalDate until = LocalDate.now().plusDays(10);
                typeDate(field(page.locator("vaadin-dialog-overlay.inbox-row-dialog"), "vaadin-date-picker", "Follow-up date"),
                        until.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
                page.locator("#row-dialog-confirm").click();
                notification(page, "1 task(s) updated.");
                settle(page);
                assertThat(engineTasks.createTaskQuery().taskId(secondTask).singleResult().getFollowUpDate()).isNotNull();
                // parked: out of the tasks to work on now, under the parked ones with its follow-up date
                assertThat(String.join(" ", rowsInView(page))).doesNotContain(second.code()).contains(first.code());
                field(page, "vaadin-checkbox", "Parked tasks only").click();
                settle(page);
                assertThat(headers(page)).contains("Follow-up");
                assertThat(String.join(" ", rowsInView(page))).contains(second.code());
            });
        }
    }

    @Test
    void aFilterSharedWithTheOfficersReachesTheOrganisationsOfficersOnly() {
        String token = token();
        String name = "Screening " + token;
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("inbox-saved-filters", () -> {
                Page manager = browser.signedIn("kitakyushu.manager", 1280, 800);
                manager.navigate(browser.url("?view=GROUP_TASKS&phase=PROPOSAL&q=" + token));
                heading(manager, "Task inbox").waitFor();
                settle(manager);
                manager.locator("#inbox-save-filter").click();
                Locator dialog = manager.locator("vaadin-dialog-overlay.inbox-save-filter-dialog");
                // no name: the field says what to do, nothing is saved
                manager.locator("#inbox-save-filter-confirm").click();
                settle(manager);
                assertThat(field(dialog, "vaadin-text-field", "Name").getAttribute("invalid")).isNotNull();
                field(dialog, "vaadin-text-field", "Name").locator("input").fill(name);
                BrowserSession.choose(field(dialog, "vaadin-select", "Share with"), "All officers of my organisation");
                shootLaptopAndPhone(manager, "inbox-14-save-filter-dialog");
                manager.locator("#inbox-save-filter-confirm").click();
                notification(manager, "Filter “" + name + "” saved.");
                settle(manager);

                Page officer = browser.signedIn("kitakyushu.officer", 1280, 800);
                assertThat(savedFilterChoices(officer)).anyMatch(choice -> choice.startsWith(name + " · from kitakyushu.manager"));
                officer.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(name)).click();
                officer.waitForURL(Pattern.compile(".*phase=PROPOSAL.*"));
                settle(officer);
                assertThat(officer.url()).contains("q=" + token);
                assertThat(field(officer, "vaadin-combo-box", "Phase").locator("input").inputValue())
                        .isEqualTo("Proposal and screening");
                // a colleague who sees it may not delete it
                assertThat(officer.locator("#inbox-delete-filter").getAttribute("disabled")).isNotNull();
                shootLaptopAndPhone(officer, "inbox-15-officer-opened-shared-filter");

                Page otherCity = browser.signedIn("yokohama.officer", 1280, 800);
                assertThat(savedFilterChoices(otherCity)).noneMatch(choice -> choice.contains(name));

                // the owner deletes it: gone for the officer too
                manager.reload();
                heading(manager, "Task inbox").waitFor();
                settle(manager);
                assertThat(manager.locator("#inbox-delete-filter").getAttribute("disabled")).isNull();
                manager.locator("#inbox-delete-filter").click();
                notification(manager, "Filter “" + name + "” deleted.");
                assertThat(preferences.savedFiltersOf(Actor.of(users.get("kitakyushu.officer"))))
                        .extracting(SavedFilter::name).doesNotContain(name);
            });
        }
    }

    @Test
    void comingBackFromATaskShowsTheSameRowsOfALongInboxWithItsFilters() {
        String token = token();
        IntStream.rangeClosed(1, 40).forEach(n -> projects.propose(
                TestProposals.of("Scrolled " + token + " number " + n, "SBY"), users.get("kitakyushu.officer")));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("inbox-scroll", () -> {
                Page page = browser.signedIn("kitakyushu.manager", 1280, 800);
                page.navigate(browser.url("?view=GROUP_TASKS&q=" + token));
                heading(page, "Task inbox").waitFor();
                settle(page);
                page.waitForURL(Pattern.compile(".*q=" + token + ".*"));
                page.evaluate("() => document.querySelector('vaadin-grid').scrollToIndex(25)");
                page.waitForTimeout(500);
                settle(page);
                String code = firstCodeInView(page);
                String href = (String) page.evaluate(LINK_IN_ROW, code);
                assertThat(href).startsWith("task/");

                // by the browser's back button
                page.locator("a[href='" + href + "']").click();
                page.waitForURL("**/" + href);
                heading(page, "Screen project proposal").waitFor();
                page.goBack();
                heading(page, "Task inbox").waitFor();
                settle(page);
                assertThat(field(page, "vaadin-text-field", "Search").locator("input").inputValue()).isEqualTo(token);
                page.waitForFunction("code => (" + ROWS_IN_VIEW + ")().some(row => row.includes(code))", code);
                shootLaptopAndPhone(page, "inbox-16-back-at-the-same-rows", page.locator("vaadin-grid"));

                // by the menu's link to the inbox
                page.locator("a[href='" + href + "']").click();
                page.waitForURL("**/" + href);
                heading(page, "Screen project proposal").waitFor();
                page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Task inbox")).click();
                heading(page, "Task inbox").waitFor();
                page.waitForURL(Pattern.compile(".*q=" + token + ".*"));
                settle(page);
                assertThat(field(page, "vaadin-text-field", "Search").locator("input").inputValue()).isEqualTo(token);
                page.waitForFunction("code => (" + ROWS_IN_VIEW + ")().some(row => row.includes(code))", code);
            });
        }
    }

    private static void assertLaidOut(Page page) {
        assertThat((Boolean) page.evaluate(FITS)).as("grid fits without sideways scrolling").isTrue();
        assertThat(((Number) page.evaluate(HEADER_OFFSET)).doubleValue()).as("header over its cells, px").isLessThan(1.5);
    }

    @SuppressWarnings("unchecked")
    private static List<String> headers(Page page) {
        return (List<String>) page.evaluate(HEADERS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowsInView(Page page) {
        return (List<String>) page.evaluate(ROWS_IN_VIEW);
    }

    private static String firstCodeInView(Page page) {
        Matcher code = CODE.matcher(rowsInView(page).get(0));
        assertThat(code.find()).as("a project code in the first row in view").isTrue();
        return code.group();
    }

    private static void rowMenu(Page page, String taskId, String item) {
        page.locator("#row-menu-" + taskId + " vaadin-menu-bar-button:not([slot='overflow'])").click();
        page.locator("vaadin-menu-bar-item:visible").filter(new Locator.FilterOptions().setHasText(item)).click();
        page.locator("vaadin-dialog-overlay.inbox-row-dialog").waitFor();
        settle(page);
    }

    private static List<String> savedFilterChoices(Page page) {
        heading(page, "Task inbox").waitFor();
        settle(page);
        field(page, "vaadin-combo-box", "Saved filters").locator("input").click();
        settle(page);
        return page.locator("vaadin-combo-box-item:visible").allInnerTexts();
    }

    private Project waitingForYokohamasOfficer(String title) {
        Project project = projects.propose(TestProposals.of(title, "DLC"), users.get("yokohama.officer"));
        process.startAt(project, ProjectProcess.TASK_REVISE_PROPOSAL, Map.of());
        return project;
    }

    private static String token() {
        return "a" + UUID.randomUUID().toString().substring(0, 6);
    }
}

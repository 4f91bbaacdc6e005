package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * The inbox in Debian's Chromium: an officer narrows it by words and due date, opens a task and
 * comes back to the same filtered inbox, claims a task; a manager opens the organisation's view
 * from a link and reassigns selected tasks to a colleague. Screenshots: {@code target/screenshots/inbox-*.png}.
 */
@CityCoopTest
class InboxScreensTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectProcessFixture process;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired Clock clock;

    @Test
    void filtersSurviveOpeningATaskAndAManagerReassigns() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("inbox", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        String token = "w" + UUID.randomUUID().toString().substring(0, 6);
        Project late = waitingForTheOfficer("Composting " + token + " for Dalian", ZonedDateTime.now(clock).minusDays(3));
        Project onTime = waitingForTheOfficer("Sewerage " + token + " for Dalian", ZonedDateTime.now(clock).plusDays(20));
        String lateTask = process.taskWithKey(late, ProjectProcess.TASK_REVISE_PROPOSAL).getId();
        String onTimeTask = process.taskWithKey(onTime, ProjectProcess.TASK_REVISE_PROPOSAL).getId();

        Page officer = browser.signedIn("yokohama.officer", 1280, 800);
        Locator grid = officer.locator("vaadin-grid");
        type(officer, "Search", token);
        assertThat(rows(officer)).hasSize(2);
        assertThat(gridText(officer)).contains(late.code(), onTime.code());
        BrowserSession.choose(field(officer, "vaadin-select", "Due"), "Overdue");
        officer.waitForURL(Pattern.compile(".*due=OVERDUE.*"));
        assertThat(officer.url()).contains("q=" + token).contains("due=OVERDUE");
        assertThat(rows(officer)).hasSize(1);
        assertThat(gridText(officer)).contains(late.code()).doesNotContain(onTime.code()).contains("overdue");
        shootLaptopAndPhone(officer, "inbox-01-officer-filtered", grid);

        // open the task from the grid, come back with the browser: the same filters, the same rows
        officer.locator("vaadin-grid a").filter(new Locator.FilterOptions().setHasText("Revise project proposal")).first().click();
        officer.waitForURL("**/task/" + ProjectProcess.FORM_REVISE_PROPOSAL + "/" + lateTask);
        officer.locator("h2").filter(new Locator.FilterOptions().setHasText("Revise project proposal · " + late.code())).waitFor();
        officer.goBack();
        heading(officer, "Task inbox").waitFor();
        settle(officer);
        assertThat(field(officer, "vaadin-text-field", "Search").locator("input").inputValue()).isEqualTo(token);
        assertThat(field(officer, "vaadin-select", "Due").textContent()).contains("Overdue");
        assertThat(rows(officer)).hasSize(1);
        assertThat(gridText(officer)).contains(late.code()).doesNotContain(onTime.code());

        // a filtered inbox is a link: the same address in a fresh page shows the same
        String link = officer.url();
        officer.navigate(browser.url(""));
        settle(officer);
        officer.navigate(link);
        heading(officer, "Task inbox").waitFor();
        settle(officer);
        assertThat(rows(officer)).hasSize(1);

        // claim from the grid
        officer.locator("#claim-" + lateTask).click();
        // the tabs count what the filters find: the claimed task moved from the group's to mine
        officer.locator("#inbox-view-MY_TASKS:has-text('My tasks (1)')").waitFor();
        settle(officer);
        assertThat(engineTasks.createTaskQuery().taskId(lateTask).singleResult().getAssignee()).isEqualTo("yokohama.officer");
        assertThat(rows(officer)).isEmpty();
        officer.locator("#inbox-view-MY_TASKS").click();
        settle(officer);
        // the address is rewritten in the browser (history.replaceState) once the tab has changed
        officer.waitForURL(Pattern.compile(".*view=MY_TASKS.*"));
        assertThat(officer.url()).contains("view=MY_TASKS").contains("q=" + token);
        assertThat(gridText(officer)).contains(late.code()).contains("Release");

        // the manager opens the organisation's view as a link and hands both tasks to the officer
        Page manager = browser.signedIn("yokohama.manager", 1280, 800);
        manager.navigate(browser.url("?view=ORGANISATION_TASKS&q=" + token));
        heading(manager, "Task inbox").waitFor();
        settle(manager);
        assertThat(rows(manager)).hasSize(2);
        rows(manager).forEach(row -> row.click());
        chooseInComboBox(manager, "Colleague", "yokohama.off", "Yuki Suzuki (yokohama.officer)");
        manager.locator("#inbox-bulk-reassign").click();
        notification(manager, "2 task(s) updated.");
        settle(manager);
        assertThat(engineTasks.createTaskQuery().taskId(onTimeTask).singleResult().getAssignee()).isEqualTo("yokohama.officer");
        assertThat(gridText(manager)).as("the assignee by name").contains("Yuki Suzuki");
        shootLaptopAndPhone(manager, "inbox-02-manager-reassigned", manager.locator("vaadin-grid"));
    }

    /** The selection boxes of the grid's body rows (the header's box is hidden for a lazy grid). */
    private static java.util.List<Locator> rows(Page page) {
        return page.locator("vaadin-grid vaadin-checkbox:visible").all();
    }

    /** The text of the rows the grid shows (it keeps the cells of rows it no longer shows, hidden). */
    private static String gridText(Page page) {
        return String.join(" ", page.locator("vaadin-grid vaadin-grid-cell-content:visible").allInnerTexts());
    }

    private static void type(Page page, String label, String text) {
        Locator input = field(page, "vaadin-text-field", label).locator("input");
        input.fill(text);
        input.press("Tab");
        page.waitForTimeout(500);
        settle(page);
    }

    private Project waitingForTheOfficer(String title, ZonedDateTime due) {
        Project project = projects.propose(TestProposals.of(title, "DLC"), users.get("yokohama.officer"));
        process.startAt(project, ProjectProcess.TASK_REVISE_PROPOSAL, Map.of());
        Task task = process.taskWithKey(project, ProjectProcess.TASK_REVISE_PROPOSAL);
        task.setDueDate(Date.from(due.toInstant()));
        engineTasks.saveTask(task);
        return project;
    }
}

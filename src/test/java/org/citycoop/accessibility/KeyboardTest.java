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
                Page officer = Keyboard.signIn(browser, "kitakyushu.officer");
                Keyboard.tabTo(officer, labelled("Propose a project"));
                officer.keyboard().press("Enter");
                BrowserSession.heading(officer, "Propose a project").waitFor();
                BrowserSession.settle(officer);
                Keyboard.type(officer, "Title", title);
                Keyboard.choose(officer, "Partner city", "Surabaya", "Surabaya (Indonesia)");
                Keyboard.choose(officer, "Theme", "Solid waste", "Solid waste management");
                Keyboard.choose(officer, "Cooperation type", "Technical", "Technical cooperation (training and specialist dispatch)");
                Keyboard.date(officer, "Planned start", "4/1/2027");
                Keyboard.date(officer, "Planned end", "3/31/2028");
                Keyboard.type(officer, "Budget (JPY)", "15000000");
                Keyboard.tabTo(officer, labelled("Submit proposal"));
                officer.keyboard().press("Enter");
                BrowserSession.notification(officer, "proposed");

                Project proposed = projects.visibleTo(users.get("kitakyushu.officer")).stream()
                        .filter(project -> project.title().equals(title)).findFirst().orElseThrow();
                Page manager = Keyboard.signIn(browser, "kitakyushu.manager");
                Keyboard.openFromInbox(browser, manager, proposed.code(), "task/project/screen-proposal/");
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
                Page officer = Keyboard.signIn(browser, "kitakyushu.officer");
                Keyboard.openFromInbox(browser, officer, code, "task/feasibility/define-scope/" + taskId);
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
}

package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.citycoop.accessibility.Keyboard.labelled;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestUsers;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.Measurement;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.citycoop.training.SessionKind;
import org.citycoop.training.SessionMethod;
import org.citycoop.training.TrainingFixture;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, keyboard-only use of the task screens of funding, training, specialist dispatch and
 * follow-up: one journey per area, each signed in, the task opened from the inbox and its form filled
 * and completed with Tab, arrow keys, Space, Enter and typing alone — then the
 * server is asked whether the data was saved and the process moved on. ({@link KeyboardTest} covers the
 * inbox, every screen's main action and the project and feasibility journeys.)
 */
@CityCoopTest
class TaskKeyboardJourneysTest {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    ScreenTasks tasks;

    @Autowired
    TestUsers users;

    @Autowired
    TaskService engineTasks;

    @Autowired
    FundingService funding;

    @Autowired
    TrainingFixture training;

    @Autowired
    DispatchService dispatches;

    @Autowired
    FollowUpService followUps;

    /** Combo box (typed and chosen with the arrow keys) and two number fields typed over. */
    @Test
    void anOfficerChoosesAFundingSchemeWithTheKeyboardOnly() {
        String taskId = tasks.chooseScheme();
        String code = tasks.codeOf(taskId);

        journey("keyboard-funding", "kitakyushu.officer", code, FundingProcess.FORM_CHOOSE_SCHEME, taskId, "is eligible", page -> {
            Keyboard.choose(page, "Funding scheme", "JICA Grass", "JICA Grassroots Technical Cooperation (local-government type)");
            Keyboard.replace(page, "Requested amount (JPY)", "24000000");
            Keyboard.replace(page, "Duration (months)", "24");
        });

        FundingApplication application = funding.application(code, 1, users.get("kitakyushu.officer")).orElseThrow();
        assertThat(application.scheme().code()).isEqualTo("JICA_GRASSROOTS_LG");
        assertThat(application.requestedAmountJpy()).isEqualTo(24_000_000L);
        assertThat(application.durationMonths()).isEqualTo(24);
        assertThat(openTasks(code)).contains(FundingProcess.TASK_DRAFT_APPLICATION).doesNotContain(FundingProcess.TASK_CHOOSE_SCHEME);
    }

    /** Date and time picker, select, text and number fields, radio buttons and checkboxes. */
    @Test
    void anOfficerRecordsTheLastTrainingSessionWithTheKeyboardOnly() {
        String taskId = tasks.recordSession();
        String code = tasks.codeOf(taskId);

        journey("keyboard-training", "kitakyushu.officer", code, TrainingProcess.FORM_RECORD_SESSION, taskId, "Last session of", page -> {
            Keyboard.date(page, "Date and time", "6/1/2027");
            // the time is the second field of the same labelled picker
            page.keyboard().press("Tab");
            page.keyboard().type("9:30 AM");
            page.keyboard().press("Enter");
            Keyboard.pick(page, "Kind", "Workshop");
            Keyboard.type(page, "Venue", "Shin-Koto plant, lecture room");
            Keyboard.type(page, "Facilitator", "Plant manager Tanaka");
            Keyboard.type(page, "Participants on site", "14");
            Keyboard.type(page, "Participants online", "3");
            // Tab enters the radio group on its first option; the arrow keys move the choice
            Keyboard.tabTo(page, focus -> focus.path().contains("vaadin-radio-group"));
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            assertThat(checkedRadio(page)).isEqualTo("Mixed (on site and online)");
            Keyboard.tabTo(page, labelled("Sri Wahyuni"));
            page.keyboard().press("Space");
            Keyboard.tabTo(page, labelled("Budi Santoso"));
            page.keyboard().press("Space");
            Keyboard.tabTo(page, labelled("This was the last session of the programme"));
            page.keyboard().press("Space");
        });

        TrainingSession recorded = training.programme(code).sessions().get(0);
        assertThat(recorded.startsAt()).isEqualTo(LocalDateTime.of(2027, 6, 1, 9, 30));
        assertThat(recorded.kind()).isEqualTo(SessionKind.WORKSHOP);
        assertThat(recorded.method()).isEqualTo(SessionMethod.MIXED);
        assertThat(recorded.venue()).isEqualTo("Shin-Koto plant, lecture room");
        assertThat(recorded.facilitator()).isEqualTo("Plant manager Tanaka");
        assertThat(recorded.participantsOnSite()).isEqualTo(14);
        assertThat(recorded.participantsOnline()).isEqualTo(3);
        Set<Long> trainees = training.programme(code).trainees().stream().map(trainee -> trainee.id()).collect(Collectors.toSet());
        assertThat(recorded.attendees()).isEqualTo(trainees).hasSize(2);
        assertThat(openTasks(code)).contains(TrainingProcess.TASK_SUBMIT_ACTION_PLANS).doesNotContain(TrainingProcess.TASK_RECORD_SESSION);
    }

    /** Text fields, select, combo box over a value already there, two date pickers, an amount. */
    @Test
    void anOfficerPlansASpecialistMissionWithTheKeyboardOnly() {
        String taskId = tasks.selectSpecialists();
        String code = tasks.codeOf(taskId);

        journey("keyboard-dispatch", "kitakyushu.officer", code, DispatchProcess.FORM_SELECT_SPECIALISTS, taskId, "sent", page -> {
            Keyboard.type(page, "Name", "Kenta Mori");
            Keyboard.pick(page, "Organisation", "City of Kitakyushu");
            Keyboard.type(page, "Position", "Engineer, Waste Management Division");
            Keyboard.type(page, "Expertise", "Windrow composting");
            Keyboard.choose(page, "Destination country", "Indo", "Indonesia (level 1)");
            Keyboard.date(page, "Departure", "9/1/2027");
            Keyboard.date(page, "Return", "9/7/2027");
            Keyboard.type(page, "Cost estimate (JPY)", "1200000");
        });

        Dispatch plan = dispatches.dispatchesOf(code, users.get("kitakyushu.officer")).get(0);
        assertThat(plan.specialists()).extracting(member -> member.specialist().name(), member -> member.specialist().organisationCode(),
                member -> member.specialist().position(), member -> member.specialist().expertise())
                .containsExactly(tuple("Kenta Mori", "KIT", "Engineer, Waste Management Division",
                        "Windrow composting"));
        assertThat(plan.destinationIso2()).isEqualTo("ID");
        assertThat(plan.departureOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(plan.returnOn()).isEqualTo(LocalDate.of(2027, 9, 7));
        assertThat(plan.costEstimateJpy()).isEqualTo(1_200_000L);
        assertThat(openTasks(code)).contains(DispatchProcess.TASK_APPROVE_BY_MANAGER)
                .doesNotContain(DispatchProcess.TASK_SELECT_SPECIALISTS);
    }

    /**
     * Text and date fields of two indicators and an upload. The upload's button is reached by Tab and Enter
     * opens the browser's file dialog; the file is then chosen in that dialog, which belongs to the browser
     * and the operating system and which a headless browser does not draw — the test hands the file to the
     * dialog it opened (Playwright's file chooser) instead.
     */
    @Test
    void thePartnerReportsProgressOnIndicatorsWithTheKeyboardOnly() {
        String taskId = tasks.reportProgress();
        String code = tasks.codeOf(taskId);
        LocalDate measured = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(3);

        journey("keyboard-followup", "surabaya.partner", code, FollowUpProcess.FORM_REPORT_PROGRESS, taskId, "submitted", page -> {
            // listened for from the start: Playwright turns the interception of file dialogs on asynchronously
            List<FileChooser> dialogs = new ArrayList<>();
            page.onFileChooser(dialogs::add);
            Keyboard.tabTo(page, focus -> focus.label().startsWith("Actual value: "));
            page.keyboard().type("6.5");
            Keyboard.date(page, "Measured on", measured.format(TYPED_DATE));
            Keyboard.type(page, "Comment", "Two more districts compost since April.");
            Keyboard.tabTo(page, labelled("Choose file"));
            page.keyboard().press("Enter");
            page.waitForCondition(() -> !dialogs.isEmpty());
            dialogs.get(0).setFiles(new FilePayload("composting.pdf", "application/pdf", TestFiles.pdf("Composting, district log")));
            page.locator("vaadin-upload-file[complete]").waitFor();
            Keyboard.tabTo(page, focus -> focus.label().startsWith("Actual value: "));
            page.keyboard().type("12");
            Keyboard.date(page, "Measured on", measured.format(TYPED_DATE));
        });

        List<Measurement> reported = followUps.indicatorProgress(code, users.get("kitakyushu.officer")).stream()
                .map(progress -> progress.actuals().get(progress.actuals().size() - 1)).toList();
        assertThat(reported).extracting(measurement -> measurement.value().toPlainString()).containsExactly("6.5", "12");
        assertThat(reported).extracting(Measurement::measuredOn).containsOnly(measured);
        assertThat(reported).extracting(Measurement::comment).first().isEqualTo("Two more districts compost since April.");
        assertThat(reported).extracting(Measurement::evidenceName).containsExactly("composting.pdf", null);
        assertThat(openTasks(code)).contains(FollowUpProcess.TASK_REVIEW_PROGRESS).doesNotContain(FollowUpProcess.TASK_REPORT_PROGRESS);
    }

    /**
     * Signs in and opens the task from the inbox with the keyboard, lets {@code fill} fill the form,
     * Tabs to the primary button (the laptop and phone pictures show its focus), Enter, and waits for
     * the confirmation containing {@code done} and the inbox.
     */
    private void journey(String name, String username, String code, String formKey, String taskId, String done, Consumer<Page> fill) {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run(name, () -> {
                Page page = Keyboard.signIn(browser, username);
                Keyboard.openFromInbox(browser, page, code, "task/" + formKey + "/" + taskId);
                fill.accept(page);
                Keyboard.tabTo(page, Keyboard.Focus::primaryButton);
                BrowserSession.shootLaptopAndPhone(page, name);
                page.keyboard().press("Enter");
                BrowserSession.done(page, done);
            });
        }
    }

    private static String checkedRadio(Page page) {
        return (String) page.evaluate("() => document.querySelector('vaadin-radio-button[checked]').textContent.trim()");
    }

    /** The keys of the project's open tasks, of all its processes. */
    private List<String> openTasks(String code) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(code).list().stream().map(Task::getTaskDefinitionKey).toList();
    }
}

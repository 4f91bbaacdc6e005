package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.dispatch.DispatchSteps.fillMission;
import static org.citycoop.dispatch.DispatchSteps.fillMissionReport;
import static org.citycoop.dispatch.DispatchSteps.fillSpecialist;
import static org.citycoop.dispatch.DispatchSteps.fillTermsOfReference;
import static org.citycoop.followup.FollowUpSteps.enter;
import static org.citycoop.followup.FollowUpSteps.reportValue;
import static org.citycoop.followup.FollowUpSteps.review;
import static org.citycoop.followup.FollowUpSteps.schedule;
import static org.citycoop.followup.FollowUpSteps.yesterday;
import static org.citycoop.project.ImplementationSteps.fillRow;
import static org.citycoop.project.ImplementationSteps.fillTarget;
import static org.citycoop.project.ImplementationSteps.recordNote;
import static org.citycoop.training.TrainingSteps.addTarget;
import static org.citycoop.training.TrainingSteps.comment;
import static org.citycoop.training.TrainingSteps.fillLogistics;
import static org.citycoop.training.TrainingSteps.fillMeasure;
import static org.citycoop.training.TrainingSteps.fillModule;
import static org.citycoop.training.TrainingSteps.fillSession;
import static org.citycoop.training.TrainingSteps.fillTrainee;
import static org.citycoop.training.TrainingSteps.rate;
import static org.citycoop.training.TrainingSteps.savePlan;
import static org.citycoop.training.TrainingSteps.tick;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.training.CurriculumModule;
import org.citycoop.training.EvaluationSummary;
import org.citycoop.training.IndicatorTarget;
import org.citycoop.training.SessionKind;
import org.citycoop.training.TraineeActionPlan;
import org.citycoop.training.TrainingFixture;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingProgramme;
import org.citycoop.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One Kitakyushu project with Surabaya from its implementation plan to its completion report, every
 * step in Chromium by the person whose task it is: the officer plans one training programme and one
 * dispatch; the training programme runs on its screens (curriculum, the partner's nomination, the
 * confirmation, the logistics, two sessions with attendance, the trainees' action plans, the
 * evaluation); the dispatch runs on its screens (terms of reference, a week's mission in Indonesia
 * that the manager alone approves, the mission report after the return date, the partner's
 * acknowledgement); the partner submits the project's action plan with an indicator target; the
 * officer sets a one-round follow-up, the partner reports, the officer accepts without a visit; the
 * officer's next task is the completion report. Only the start before the plan (ProjectProcessFixture)
 * and the engine's timers (return date, follow-up round) are done from the test.
 * Screenshots go to {@code target/screenshots/impl-journey-*.png}.
 */
@CityCoopTest
class ImplementationJourneyTest {

    private static final String PROGRAMME = "Composting training in Kitakyushu";
    private static final String MISSION = "Compost centre set-up mission";

    /** The browser of the journey and its project. */
    private BrowserSession chromium;
    private Project project;

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired FollowUpService followUpService;
    @Autowired JdbcClient jdbc;

    /** The engine's side of the journey: the start just before the plan, the timers, the open tasks. */
    @Autowired ProjectProcessFixture process;
    @Autowired TrainingFixture training;
    @Autowired DispatchFixture dispatches;
    @Autowired FollowUpFixtures followUps;

    @Test
    void oneTrainingProgrammeOneDispatchAndOneFollowUpRoundRunOnTheScreensOfTheirActors() {
        try (BrowserSession session = BrowserSession.onPort(port)) {
            chromium = session;
            session.run("impl-journey", this::journey);
        }
    }

    private void journey() {
        project = projects.propose(TestProposals.of("Journey: composting for Surabaya " + UUID.randomUUID(), "SBY"),
                training.officer());
        process.startAt(project, ProjectProcess.TASK_PLAN_IMPLEMENTATION, Map.of(ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())));
        Page officer = chromium.signedIn("kitakyushu.officer");
        Page partner = chromium.signedIn("surabaya.partner");
        Page manager = chromium.signedIn("kitakyushu.manager");

        plan(officer);
        trainingProgramme(officer, partner);
        dispatch(officer, manager, partner);
        actionPlan(partner);
        followUpRound(officer, partner);

        // the main process has reached the completion report, in the officer's hands
        open(officer, ProjectProcess.FORM_WRITE_COMPLETION_REPORT, ProjectProcess.TASK_WRITE_COMPLETION_REPORT, "Write completion report");
        assertThat(officer.locator(".task-header").textContent()).contains(project.code());
        assertThat(status()).isEqualTo(ProjectStatus.FINALISATION);
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(ProjectProcess.TASK_WRITE_COMPLETION_REPORT);
        shoot(officer, "impl-journey-09-completion-report.png");
    }

    /** The officer plans one training programme and one dispatch: both building blocks start. */
    private void plan(Page officer) {
        open(officer, ProjectProcess.FORM_PLAN_IMPLEMENTATION, ProjectProcess.TASK_PLAN_IMPLEMENTATION, "Plan implementation");
        fillRow(officer, 0, "Training programme", PROGRAMME, "6/1/2027", "6/14/2027");
        click(officer, "Add a programme or dispatch");
        fillRow(officer, 1, "Specialist dispatch", MISSION, "9/1/2027", "9/7/2027");
        shoot(officer, "impl-journey-01-plan.png");
        click(officer, "Start the implementation");
        done(officer, "Implementation of " + project.code() + " planned.");

        assertThat(status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(items()).containsExactly("TRAINING " + PROGRAMME + " open", "DISPATCH " + MISSION + " open");
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
                TrainingProcess.TASK_DESIGN_CURRICULUM, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);
    }

    /** The training programme on its screens, from the curriculum to the evaluation. */
    private void trainingProgramme(Page officer, Page partner) {
        String code = project.code();
        open(officer, TrainingProcess.FORM_DESIGN_CURRICULUM, TrainingProcess.TASK_DESIGN_CURRICULUM, "Design curriculum");
        fillModule(officer, 0, "Waste incineration and energy recovery", "Kitakyushu City Shin-Moji plant", "6/1/2027", "6/4/2027");
        fillModule(officer, 1, "Composting of market waste", "Kitakyushu Environment Bureau", "6/7/2027", "6/11/2027");
        click(officer, "Send curriculum to the partner");
        done(officer, "Curriculum of " + PROGRAMME + " (" + code + ") saved.");
        assertThat(training.programme(code).modules()).extracting(CurriculumModule::startsOn, CurriculumModule::endsOn)
                .containsExactly(tuple(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 4)),
                        tuple(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 11)));

        open(partner, TrainingProcess.FORM_NOMINATE_TRAINEES, TrainingProcess.TASK_NOMINATE_TRAINEES, "Nominate trainees");
        assertThat(partner.locator("vaadin-grid").first().textContent())
                .contains("Waste incineration and energy recovery", "Composting of market waste");
        fillTrainee(partner, 0, "Sri Wahyuni", "Head of waste section", "DLH Surabaya", "sri.wahyuni@surabaya.go.id");
        fillTrainee(partner, 1, "Budi Santoso", "Plant engineer", "DLH Surabaya", "budi.santoso@surabaya.go.id");
        click(partner, "Send list of trainees");
        done(partner, "Trainees for " + PROGRAMME + " (" + code + ") sent to the officer");

        open(officer, TrainingProcess.FORM_CONFIRM_TRAINEES, TrainingProcess.TASK_CONFIRM_TRAINEES, "Confirm trainees");
        assertThat(officer.locator("vaadin-grid").textContent()).contains("Sri Wahyuni", "Budi Santoso");
        click(officer, "Confirm trainees");
        done(officer, "Trainees of " + PROGRAMME + " (" + code + ") confirmed.");

        open(officer, TrainingProcess.FORM_PREPARE_LOGISTICS, TrainingProcess.TASK_PREPARE_LOGISTICS, "Prepare logistics");
        fillLogistics(officer, List.of("3/1/2027", "4/15/2027", "5/1/2027", "5/1/2027", "5/15/2027"), 5);
        click(officer, "Finish logistics");
        done(officer, "Logistics of " + PROGRAMME + " (" + code + ") done.");

        // two sessions: a workshop on site that both attend, an online closing meeting that one attends
        open(officer, TrainingProcess.FORM_RECORD_SESSION, TrainingProcess.TASK_RECORD_SESSION, "Record session");
        fillSession(officer, "6/2/2027", "10:00 AM", "Workshop", "On site", "Shin-Moji plant, control room",
                "Plant manager Ito", "12", "0", "Sri Wahyuni", "Budi Santoso");
        click(officer, "Record session");
        done(officer, "Session of " + PROGRAMME + " (" + code + ") recorded.");
        open(officer, TrainingProcess.FORM_RECORD_SESSION, TrainingProcess.TASK_RECORD_SESSION, "Record session");
        fillSession(officer, "6/11/2027", "3:00 PM", "Closing meeting", "Online", "Teams", "Officer Sato", "0", "7", "Budi Santoso");
        tick(officer, "This was the last session of the programme");
        shoot(officer, "impl-journey-02-last-session.png");
        click(officer, "Record session");
        done(officer, "Last session of " + PROGRAMME + " (" + code + ") recorded.");

        TrainingProgramme held = training.programme(code);
        assertThat(held.logistics()).allMatch(item -> item.done());
        assertThat(held.sessions()).extracting(TrainingSession::startsAt, TrainingSession::kind, TrainingSession::participantsOnline)
                .containsExactly(tuple(LocalDateTime.of(2027, 6, 2, 10, 0), SessionKind.WORKSHOP, 0),
                        tuple(LocalDateTime.of(2027, 6, 11, 15, 0), SessionKind.CLOSING_MEETING, 7));
        long sri = held.trainees().get(0).id();
        long budi = held.trainees().get(1).id();
        assertThat(held.attendanceOf(sri)).isEqualTo(1);
        assertThat(held.attendanceOf(budi)).isEqualTo(2);

        // the partner submits each trainee's action plan, Sri Wahyuni's with an indicator target
        open(partner, TrainingProcess.FORM_SUBMIT_ACTION_PLANS, TrainingProcess.TASK_SUBMIT_ACTION_PLANS,
                "Submit trainees' action plans");
        fillMeasure(partner, "Sri Wahyuni", "Compost the waste of 3 pilot markets", "Sri Wahyuni", "3/31/2028");
        addTarget(partner, "Organic waste composted", "2", "6", "3/31/2029");
        savePlan(partner, "Sri Wahyuni");
        fillMeasure(partner, "Budi Santoso", "Run the windrow pad of the pilot", "Budi Santoso", "12/31/2027");
        shoot(partner, "impl-journey-03-trainee-plans.png");
        savePlan(partner, "Budi Santoso");
        click(partner, "Submit all action plans");
        done(partner, "Action plans of " + PROGRAMME + " (" + code + ") submitted.");
        Map<Long, TraineeActionPlan> plans = training.programme(code).plans();
        assertThat(plans).containsOnlyKeys(sri, budi);
        assertThat(plans.values()).flatExtracting(TraineeActionPlan::targets)
                .containsExactly(new IndicatorTarget("COMPOSTING", "2", "6", LocalDate.of(2029, 3, 31)));

        open(officer, TrainingProcess.FORM_EVALUATE_PROGRAMME, TrainingProcess.TASK_EVALUATE_PROGRAMME, "Evaluate programme");
        rate(officer, "Sri Wahyuni", "4");
        rate(officer, "Budi Santoso", "5");
        comment(officer, "Budi Santoso", "The windrow practice was the most useful.");
        click(officer, "Record evaluation");
        done(officer, "Evaluation of " + PROGRAMME + " (" + code + ") recorded.");

        assertThat(training.programme(code).evaluationSummary()).isEqualTo(new EvaluationSummary(2, new BigDecimal("4.5")));
        assertThat(items()).containsExactly("TRAINING " + PROGRAMME + " done by kitakyushu.officer", "DISPATCH " + MISSION + " open");
        assertThat(status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);
    }

    /** The dispatch on its screens: a week in Indonesia for ¥1,200,000, which the manager alone approves. */
    private void dispatch(Page officer, Page manager, Page partner) {
        String code = project.code();
        String instance = dispatches.instanceWaitingAt(code, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);
        open(officer, DispatchProcess.FORM_WRITE_TERMS_OF_REFERENCE, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE,
                "Write terms of reference");
        fillTermsOfReference(officer, DispatchFixture.TERMS);
        click(officer, "Save terms of reference");
        done(officer, "Terms of reference for \"" + MISSION + "\" (" + code + ") saved.");

        open(officer, DispatchProcess.FORM_SELECT_SPECIALISTS, DispatchProcess.TASK_SELECT_SPECIALISTS,
                "Select specialists and mission dates");
        fillSpecialist(officer, "Yuki Hara", "Chief, Composting Section", "Market-waste composting");
        fillMission(officer, "Indo", "Indonesia (level 1)", "9/1/2027", "9/7/2027", "1200000");
        assertThat(officer.locator("body").textContent()).contains("With this cost and these dates, approval by the manager.");
        shoot(officer, "impl-journey-04-dispatch-plan.png");
        click(officer, "Send plan for approval");
        done(officer, "Plan of \"" + MISSION + "\" (" + code + ") sent");
        assertThat(dispatchRecord()).isEqualTo("AWAITING_APPROVAL MANAGER ID 2027-09-01 2027-09-07 1200000");

        open(manager, DispatchProcess.FORM_APPROVE_AS_MANAGER, DispatchProcess.TASK_APPROVE_BY_MANAGER, "Approve travel and budget");
        assertThat(manager.locator("body").textContent()).contains("Yuki Hara", "Indonesia (ID)", "¥1,200,000", "7 days");
        shoot(manager, "impl-journey-05-manager-approval.png");
        click(manager, "Approve dispatch");
        done(manager, "Dispatch \"" + MISSION + "\" (" + code + ") approved.");
        assertThat(dispatchRecord()).startsWith("APPROVED MANAGER");
        assertThat(process.openTasks(project)).as("no head's approval, nothing until the return date").isEmpty();
        assertThat(dispatches.returnTimer(instance)).isNotNull();

        // the return date has come
        dispatches.fireReturnTimer(instance);
        open(officer, DispatchProcess.FORM_SUBMIT_MISSION_REPORT, DispatchProcess.TASK_SUBMIT_MISSION_REPORT, "Submit mission report");
        fillMissionReport(officer, "Site survey of the Keputih compost centre; four days of training for its operators.",
                "Market waste is clean enough for windrows; the turning machine is too small.",
                "Buy a second turner before the 2028 rainy season.");
        click(officer, "Submit mission report");
        done(officer, "Mission report of \"" + MISSION + "\" (" + code + ") submitted");

        open(partner, DispatchProcess.FORM_ACKNOWLEDGE_REPORT, DispatchProcess.TASK_ACKNOWLEDGE_REPORT, "Acknowledge mission report");
        assertThat(partner.locator("body").textContent()).contains("Buy a second turner before the 2028 rainy season.");
        shoot(partner, "impl-journey-06-acknowledge.png");
        click(partner, "Acknowledge report");
        done(partner, "Mission report of \"" + MISSION + "\" (" + code + ") acknowledged.");

        assertThat(dispatchRecord()).startsWith("ACKNOWLEDGED MANAGER");
        assertThat(items()).containsExactly("TRAINING " + PROGRAMME + " done by kitakyushu.officer",
                "DISPATCH " + MISSION + " done by kitakyushu.officer");
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(ProjectProcess.TASK_SUBMIT_ACTION_PLAN);
    }

    /** The partner's action plan for the project, with one indicator target. */
    private void actionPlan(Page partner) {
        open(partner, ProjectProcess.FORM_SUBMIT_ACTION_PLAN, ProjectProcess.TASK_SUBMIT_ACTION_PLAN, "Submit action plan");
        recordNote(partner, "Action plan", "Compost the waste of all 23 markets by 2029, run by the city's cleansing agency.");
        fillTarget(partner, 0, "Organic waste composted", "2", "10", "3/31/2029");
        shoot(partner, "impl-journey-07-action-plan.png");
        click(partner, "Submit action plan");
        done(partner, "Action plan for " + project.code() + " submitted.");

        assertThat(indicators()).containsExactly("COMPOSTING 2 -> 10 by 2029-03-31: []");
        assertThat(process.openTasks(project)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(FollowUpProcess.TASK_SET_SCHEDULE);
    }

    /** A follow-up of one round: the partner reports, the officer accepts the report without a visit. */
    private void followUpRound(Page officer, Page partner) {
        String code = project.code();
        open(officer, FollowUpProcess.FORM_SET_SCHEDULE, FollowUpProcess.TASK_SET_SCHEDULE, "Set follow-up schedule");
        schedule(officer).locator("input").fill("R1/P6M");
        click(officer, "Set schedule");
        done(officer, "Follow-up of " + code + " scheduled: rounds due on");
        assertThat(rounds()).containsExactly("1 open");
        assertThat(process.openTasks(project)).as("nothing until the round is due").isEmpty();

        // the round's day has come
        followUps.roundDue(project);
        open(partner, FollowUpProcess.FORM_REPORT_PROGRESS, FollowUpProcess.TASK_REPORT_PROGRESS, "Report progress on indicators");
        var composting = partner.locator(".progress-entry").first();
        reportValue(composting, "Actual value: Organic waste composted (t/day)", "4.5", yesterday());
        enter(composting, "Comment", "Six markets compost their waste.");
        shoot(partner, "impl-journey-08-progress-report.png");
        click(partner, "Submit progress report");
        done(partner, "Progress report of round 1 of " + code + " submitted.");
        assertThat(indicators()).containsExactly("COMPOSTING 2 -> 10 by 2029-03-31: [round 1: 4.5 under review]");

        open(officer, FollowUpProcess.FORM_REVIEW_PROGRESS, FollowUpProcess.TASK_REVIEW_PROGRESS, "Review progress report");
        assertThat(officer.locator(".indicator-table").textContent()).contains("Round 1: 4.5", "Six markets compost their waste.");
        review(officer, "Accept the report", "No visit this round");
        click(officer, "Record review");
        done(officer, "Review of round 1 of " + code + " recorded.");

        assertThat(rounds()).containsExactly("1 closed ACCEPTED visit=false by kitakyushu.officer");
        assertThat(indicators()).containsExactly("COMPOSTING 2 -> 10 by 2029-03-31: [round 1: 4.5 accepted]");
        assertThat(followUps.followUp(project)).as("the follow-up is over").isNull();
    }

    /** Opens the project's open task {@code key} by its route, as the inbox links it, and waits for its screen. */
    private void open(Page page, String form, String key, String title) {
        Task task = process.taskWithKey(project, key);
        assertThat(task).as("open task " + key + " of " + project.code()).isNotNull();
        chromium.openTask(page, form, task.getId());
        heading(page, title).waitFor();
    }

    private ProjectStatus status() {
        return projects.require(project.code(), training.officer()).status();
    }

    /** The indicator targets of the action plan as the partner sees them: baseline, target and the value of each round. */
    private List<String> indicators() {
        return followUpService.indicatorProgress(project.code(), training.partner()).stream()
                .map(progress -> progress.target().indicator().code() + " " + plain(progress.target().baseline()) + " -> "
                        + plain(progress.target().target()) + " by " + progress.target().targetDate() + ": "
                        + progress.actuals().stream().map(actual -> "round " + actual.round() + ": " + plain(actual.value())
                                + (actual.accepted() ? " accepted" : " under review")).toList())
                .toList();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The implementation items, each as kind, title and who completed it. */
    private List<String> items() {
        return jdbc.sql("""
                        select i.kind || ' ' || i.title || ' ' || coalesce('done by ' || i.completed_by, 'open')
                        from implementation_item i join project p on p.id = i.project_id where p.code = :code order by i.id""")
                .param("code", project.code()).query(String.class).list();
    }

    /** The project's one dispatch: status, approval level, destination, dates and cost. */
    private String dispatchRecord() {
        return jdbc.sql("""
                        select d.status || ' ' || d.approval_level || ' ' || d.destination_iso2 || ' ' || d.departure_on || ' '
                            || d.return_on || ' ' || d.cost_estimate_jpy
                        from dispatch d join project p on p.id = d.project_id where p.code = :code""")
                .param("code", project.code()).query(String.class).single();
    }

    /** The follow-up rounds: number, open or closed, and the last review of a closed one. */
    private List<String> rounds() {
        return jdbc.sql("""
                        select r.round_no || ' ' || case when r.closed_at is null then 'open' else 'closed ' || (
                            select v.outcome || ' visit=' || v.visit_needed || ' by ' || v.reviewed_by from follow_up_review v
                            where v.round_id = r.id order by v.id desc limit 1) end
                        from follow_up_round r join project p on p.id = r.project_id where p.code = :code order by r.round_no""")
                .param("code", project.code()).query(String.class).list();
    }
}

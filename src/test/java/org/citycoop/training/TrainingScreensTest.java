package org.citycoop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;
import static org.citycoop.training.TrainingSteps.addTarget;
import static org.citycoop.training.TrainingSteps.comment;
import static org.citycoop.training.TrainingSteps.fillLogistics;
import static org.citycoop.training.TrainingSteps.fillMeasure;
import static org.citycoop.training.TrainingSteps.fillModule;
import static org.citycoop.training.TrainingSteps.fillSession;
import static org.citycoop.training.TrainingSteps.fillTrainee;
import static org.citycoop.training.TrainingSteps.rate;
import static org.citycoop.training.TrainingSteps.row;
import static org.citycoop.training.TrainingSteps.satisfaction;
import static org.citycoop.training.TrainingSteps.savePlan;
import static org.citycoop.training.TrainingSteps.tick;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One training programme through its screens in Debian's Chromium, each opened by its route as
 * the inbox links it, with the officer of Kitakyushu and the partner coordinator of Surabaya each
 * signed in as themself: the curriculum (a module ending before it starts is refused on its
 * field), the nomination (a malformed e-mail and a missing name refused), the list returned with
 * a comment and sent again, the logistics saved half done then finished, two sessions with
 * attendance (negative participants refused), each trainee's action plan (a target that is not a
 * number refused), and the evaluation (a satisfaction of 6 refused) with its summary. The partner
 * coordinator of another city is sent away. Screenshots go to
 * {@code target/screenshots/training-*.png}, at 1280×800 and at 390×844.
 */
@CityCoopTest
class TrainingScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    TrainingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void officerAndPartnerCoordinatorRunAProgrammeWithTwoSessionsOnTheirOwnScreens() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("training", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        TrainingFixture.Planned planned = fixture.plannedProgramme("Composting training in Kitakyushu");
        String code = planned.projectCode();
        Page officer = browser.signedIn("kitakyushu.officer");
        Page partner = browser.signedIn("surabaya.partner");

        // the curriculum: the module ends before it starts
        String design = fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM);
        browser.openTask(officer, TrainingProcess.FORM_DESIGN_CURRICULUM, design);
        heading(officer, "Design curriculum").waitFor();
        assertThat(officer.locator(".training-programme").textContent())
                .contains("Composting training in Kitakyushu", "Planned 1 Jun 2027 – 14 Jun 2027");
        fillModule(officer, 0, "Waste incineration and energy recovery", "Clean Authority of Tokyo, Shin-Koto plant",
                "6/4/2027", "6/1/2027");
        click(officer, "Send curriculum to the partner");
        errorOf(field(row(officer, 0), "vaadin-date-picker", "End"), "Module 1, end: choose a day on or after the module's start.");
        shootLaptopAndPhone(officer, "training-01-curriculum-refused", row(officer, 0));
        assertThat(fixture.programme(code).id()).isNull();
        typeDate(field(row(officer, 0), "vaadin-date-picker", "End"), "6/8/2027");
        fillModule(officer, 1, "Composting of market waste", "Kitakyushu Environment Bureau", "6/9/2027", "6/11/2027");
        click(officer, "Send curriculum to the partner");
        done(officer, "Curriculum of Composting training in Kitakyushu (" + code + ") saved.");
        assertThat(fixture.programme(code).modules()).extracting(CurriculumModule::endsOn)
                .containsExactly(LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 11));

        // another city's coordinator is sent away; Surabaya's nominates, with a malformed e-mail and a missing name first
        String nominate = fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES);
        Page stranger = browser.signedIn("dalian.partner");
        browser.assertSentAway(stranger, TrainingProcess.FORM_NOMINATE_TRAINEES, nominate);
        browser.openTask(partner, TrainingProcess.FORM_NOMINATE_TRAINEES, nominate);
        heading(partner, "Nominate trainees").waitFor();
        assertThat(partner.locator("vaadin-grid").first().textContent()).contains("Composting of market waste");
        fillTrainee(partner, 0, "Sri Wahyuni", "Head of waste section", "DLH Surabaya", "sri.wahyuni.surabaya.go.id");
        choose(field(row(partner, 0), "vaadin-select", "Gender (optional)"), "Female");
        fillTrainee(partner, 1, "", "Plant engineer", "DLH Surabaya", "budi.santoso@surabaya.go.id");
        click(partner, "Send list of trainees");
        errorOf(field(row(partner, 0), "vaadin-email-field", "E-mail"), "Trainee 1, E-mail: enter an address like");
        errorOf(field(row(partner, 1), "vaadin-text-field", "Name"), "Trainee 2, Name: this is required");
        shootLaptopAndPhone(partner, "training-02-nomination-refused", row(partner, 0));
        assertThat(fixture.programme(code).trainees()).isEmpty();
        field(row(partner, 0), "vaadin-email-field", "E-mail").locator("input").fill("sri.wahyuni@surabaya.go.id");
        row(partner, 1).locator("vaadin-button[aria-label='Remove this trainee']").click();
        settle(partner);
        click(partner, "Send list of trainees");
        done(partner, "Trainees for Composting training in Kitakyushu (" + code + ") sent to the officer");

        // the officer returns the list: first without saying why (refused), then with a comment
        String confirm = fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES);
        browser.openTask(officer, TrainingProcess.FORM_CONFIRM_TRAINEES, confirm);
        heading(officer, "Confirm trainees").waitFor();
        assertThat(officer.locator("vaadin-grid").textContent()).contains("Sri Wahyuni", "sri.wahyuni@surabaya.go.id", "Female");
        click(officer, "Return list to the partner");
        errorOf(field(officer, "vaadin-text-area", "Comment"), "Comment: say what the partner should change");
        assertThat(fixture.task(code).getId()).isEqualTo(confirm);
        field(officer, "vaadin-text-area", "Comment").locator("textarea").fill("Please add the plant engineer who runs the pilot.");
        click(officer, "Return list to the partner");
        done(officer, "returned to the partner");

        browser.openTask(partner, TrainingProcess.FORM_NOMINATE_TRAINEES, fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES));
        assertThat(partner.locator(".manager-comment").textContent()).contains("Please add the plant engineer who runs the pilot.");
        assertThat(field(row(partner, 0), "vaadin-text-field", "Name").locator("input").inputValue()).isEqualTo("Sri Wahyuni");
        fillTrainee(partner, 1, "Budi Santoso", "Plant engineer", "DLH Surabaya", "budi.santoso@surabaya.go.id");
        shoot(partner, "training-03-nomination-again.png");
        click(partner, "Send list of trainees");
        done(partner, "sent to the officer");

        browser.openTask(officer, TrainingProcess.FORM_CONFIRM_TRAINEES, fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES));
        heading(officer, "Confirm trainees").waitFor();
        click(officer, "Confirm trainees");
        done(officer, "Trainees of Composting training in Kitakyushu (" + code + ") confirmed.");

        // the logistics: saved with two items open, refused to finish, then finished
        String logistics = fixture.taskId(code, TrainingProcess.TASK_PREPARE_LOGISTICS);
        browser.openTask(officer, TrainingProcess.FORM_PREPARE_LOGISTICS, logistics);
        heading(officer, "Prepare logistics").waitFor();
        fillLogistics(officer, List.of("3/1/2027", "4/15/2027", "5/1/2027", "5/1/2027", "5/15/2027"), 3);
        click(officer, "Save checklist");
        notification(officer, "Checklist saved.");
        assertThat(fixture.task(code).getId()).isEqualTo(logistics);
        assertThat(fixture.programme(code).logistics()).filteredOn(LogisticsItem::done).hasSize(3);
        click(officer, "Finish logistics");
        officer.locator(".logistics-row").filter(new Locator.FilterOptions().setHasText("Accommodation: tick it once done"))
                .waitFor();
        shootLaptopAndPhone(officer, "training-04-logistics-refused",
                officer.locator(".logistics-row").filter(new Locator.FilterOptions().setHasText("Accommodation: tick it once done")));
        tick(officer, "Accommodation done");
        tick(officer, "Insurance done");
        click(officer, "Finish logistics");
        done(officer, "Logistics of Composting training in Kitakyushu (" + code + ") done.");

        // two sessions: the first with a negative number of participants at first
        browser.openTask(officer, TrainingProcess.FORM_RECORD_SESSION, fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION));
        heading(officer, "Record session").waitFor();
        fillSession(officer, "6/1/2027", "9:30 AM", "Seminar", "Mixed (on site and online)", "Shin-Koto plant, lecture room",
                "Plant manager Tanaka", "-3", "3", "Sri Wahyuni", "Budi Santoso");
        click(officer, "Record session");
        errorOf(field(officer, "vaadin-integer-field", "Participants on site"), "Participants on site: enter 0 or more.");
        shootLaptopAndPhone(officer, "training-05-session-refused", field(officer, "vaadin-integer-field", "Participants on site"));
        assertThat(fixture.programme(code).sessions()).isEmpty();
        BrowserSession.fill(officer, "vaadin-integer-field", "Participants on site", "14");
        click(officer, "Record session");
        done(officer, "Session of Composting training in Kitakyushu (" + code + ") recorded.");

        browser.openTask(officer, TrainingProcess.FORM_RECORD_SESSION, fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION));
        heading(officer, "Record session").waitFor();
        assertThat(officer.locator("vaadin-grid").nth(1).textContent()).contains("Seminar", "14 on site, 3 online; 2 trainee(s)");
        fillSession(officer, "6/11/2027", "2:00 PM", "Closing meeting", "Online", "Zoom", "Officer Sato", "0", "9", "Sri Wahyuni");
        tick(officer, "This was the last session of the programme");
        shoot(officer, "training-06-second-session.png");
        click(officer, "Record session");
        done(officer, "Last session of Composting training in Kitakyushu (" + code + ") recorded.");
        TrainingProgramme held = fixture.programme(code);
        assertThat(held.sessions()).extracting(TrainingSession::startsAt, TrainingSession::kind, TrainingSession::participantsOnSite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2027, 6, 1, 9, 30), SessionKind.SEMINAR, 14),
                        org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2027, 6, 11, 14, 0), SessionKind.CLOSING_MEETING, 0));
        long sri = held.trainees().get(0).id();
        long budi = held.trainees().get(1).id();
        assertThat(held.attendanceOf(sri)).isEqualTo(2);
        assertThat(held.attendanceOf(budi)).isEqualTo(1);

        // the action plans: a target that is not a number first
        String plans = fixture.taskId(code, TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
        browser.openTask(partner, TrainingProcess.FORM_SUBMIT_ACTION_PLANS, plans);
        heading(partner, "Submit trainees' action plans").waitFor();
        fillMeasure(partner, "Sri Wahyuni", "Separate market waste in 3 pilot markets", "Sri Wahyuni", "3/31/2028");
        Locator target = addTarget(partner, "Organic waste composted", "2", "about five", "3/31/2029");
        click(partner, "Save the plan of this trainee");
        errorOf(field(target, "vaadin-text-field", "Target"), "is not a number");
        shootLaptopAndPhone(partner, "training-07-plan-refused", field(target, "vaadin-text-field", "Target"));
        assertThat(fixture.programme(code).plans()).isEmpty();
        field(target, "vaadin-text-field", "Target").locator("input").fill("5");
        savePlan(partner, "Sri Wahyuni");
        heading(partner, "Submit trainees' action plans").waitFor();
        assertThat(partner.locator("vaadin-grid").first().textContent()).contains("1 measure(s), 1 indicator target(s)", "Not saved yet");

        fillMeasure(partner, "Budi Santoso", "Train 20 plant operators", "Budi Santoso", "1/31/2028");
        savePlan(partner, "Budi Santoso");
        shoot(partner, "training-08-plans-saved.png");
        click(partner, "Submit all action plans");
        done(partner, "Action plans of Composting training in Kitakyushu (" + code + ") submitted.");
        assertThat(fixture.programme(code).plans().get(sri).targets())
                .containsExactly(new IndicatorTarget("COMPOSTING", "2", "5", LocalDate.of(2029, 3, 31)));

        // the evaluation: a satisfaction of 6 is refused; the summary follows what is entered
        String evaluation = fixture.taskId(code, TrainingProcess.TASK_EVALUATE_PROGRAMME);
        browser.openTask(officer, TrainingProcess.FORM_EVALUATE_PROGRAMME, evaluation);
        heading(officer, "Evaluate programme").waitFor();
        rate(officer, "Sri Wahyuni", "6");
        rate(officer, "Budi Santoso", "4");
        click(officer, "Record evaluation");
        errorOf(satisfaction(officer, "Sri Wahyuni"), "Sri Wahyuni, satisfaction: enter a whole number from 1 (poor) to 5 (excellent).");
        shootLaptopAndPhone(officer, "training-09-evaluation-refused", satisfaction(officer, "Sri Wahyuni"));
        assertThat(fixture.task(code).getId()).isEqualTo(evaluation);
        rate(officer, "Sri Wahyuni", "5");
        comment(officer, "Sri Wahyuni", "The plant visit was the best part.");
        assertThat(officer.locator(".evaluation-summary").textContent())
                .isEqualTo("2 evaluation(s), average satisfaction 4.5 of 5");
        shoot(officer, "training-10-evaluation.png");
        click(officer, "Record evaluation");
        done(officer, "Evaluation of Composting training in Kitakyushu (" + code + ") recorded.");

        assertThat(fixture.programme(code).evaluationSummary()).isEqualTo(new EvaluationSummary(2, new BigDecimal("4.5")));
        assertThat(jdbc.sql("select completed_by from implementation_item where id = :id").param("id", planned.itemId())
                .query(String.class).single()).isEqualTo("kitakyushu.officer");
    }
}

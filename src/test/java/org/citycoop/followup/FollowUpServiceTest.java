package org.citycoop.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.IndicatorTarget;
import org.citycoop.project.PlannedTarget;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectNotAvailableException;
import org.citycoop.project.ProjectProcess;
import org.citycoop.CityCoopTest;
import org.citycoop.workflow.TaskNotAvailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up's service on the real PostgreSQL and engine: the action plan's indicator targets,
 * the schedule, the partner's progress (with evidence) and the officer's review; bad input refused
 * field by field with nothing changed and the task still open; another organisation denied.
 */
@CityCoopTest
class FollowUpServiceTest {

    private static final LocalDate BY = LocalDate.of(2029, 3, 31);

    @Autowired FollowUpService followUps;
    @Autowired ImplementationService implementation;
    @Autowired FollowUpFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void theActionPlanRecordsItsIndicatorTargetsWithTheUnitFromTheLibrary() {
        Project project = fixtures.projectInFollowUp();

        List<PlannedTarget> targets = implementation.actionPlan(project.code(), fixtures.officer()).orElseThrow().targets();
        assertThat(targets).extracting(target -> target.indicator().name() + " " + target.baseline().stripTrailingZeros().toPlainString()
                        + " -> " + target.target().stripTrailingZeros().toPlainString() + " " + target.indicator().unit() + " by " + target.targetDate())
                .containsExactly("Organic waste composted 2 -> 10 t/day by 2029-03-31", "Recycling rate 8 -> 20 % by 2029-03-31");
    }

    @Test
    void anActionPlanWithoutTargetsOrWithATargetWithoutIndicatorOrANonNumberIsRefusedAndNothingIsSaved() {
        Project project = fixtures.projectAtActionPlan();
        String taskId = fixtures.task(project, ProjectProcess.TASK_SUBMIT_ACTION_PLAN).getId();

        assertThat(refused(() -> implementation.submitActionPlan(taskId, new ActionPlan("Compost more.", List.of()), fixtures.partner())))
                .containsExactly("targets");
        assertThat(problems(() -> implementation.submitActionPlan(taskId, new ActionPlan("Compost more.", List.of(
                new IndicatorTarget(null, "2", "10", BY),
                new IndicatorTarget("RECYCLING_RATE", "eight", "20", BY),
                new IndicatorTarget("NO_SUCH_INDICATOR", "1", "2", null))), fixtures.partner())))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                        tuple("targets[0].indicator", "Row 1: choose an indicator from the library."),
                        tuple("targets[1].baseline", "Row 2: baseline: \"eight\" is not a number; enter digits with a point for decimals, e.g. 42.5."),
                        tuple("targets[2].indicator", "Row 3: choose an indicator from the library."),
                        tuple("targets[2].targetDate", "Row 3: choose the date by which the target is to be met."));
        assertThat(refused(() -> implementation.submitActionPlan(taskId, new ActionPlan(" ", List.of(
                new IndicatorTarget("COMPOSTING", "2", "10", BY), new IndicatorTarget("COMPOSTING", "2", "12", BY))), fixtures.partner())))
                .containsExactly("summary", "targets[1].indicator");

        assertThat(count("select count(*) from action_plan a join project p on p.id = a.project_id where p.code = :code", project))
                .isZero();
        assertThat(fixtures.task(project, ProjectProcess.TASK_SUBMIT_ACTION_PLAN).getId()).isEqualTo(taskId);
    }

    @Test
    void theScheduleGivesTheRoundDaysAndAMalformedOneIsRefusedOnItsField() {
        Project project = fixtures.projectInFollowUp();
        String taskId = fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId();

        for (String bad : List.of("", "every six months", "R/P6M", "R0/P6M", "R13/P1M", "R2/P0D", "R2/P6X", "R2/2027-02-30/P6M",
                "R1/2020-04-01/P6M")) {
            assertThat(refused(() -> followUps.setSchedule(taskId, bad, fixtures.officer()))).as(bad).containsExactly("schedule");
        }
        assertThat(count("select count(*) from follow_up_schedule s join project p on p.id = s.project_id where p.code = :code", project))
                .isZero();
        assertThat(fixtures.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId()).isEqualTo(taskId);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(followUps.setSchedule(taskId, " r2/p6m ", fixtures.officer()))
                .containsExactly(today.plusMonths(6), today.plusMonths(12));
        assertThat(jdbc.sql("select cycle || ' from ' || starts_on from follow_up_schedule s join project p on p.id = s.project_id "
                + "where p.code = :code").param("code", project.code()).query(String.class).single())
                .isEqualTo("R2/P6M from " + today);
    }

    @Test
    void theSchedulesRoundsMayCountFromADateOfTheirOwn() {
        FollowUpSchedule schedule = FollowUpSchedule.parse("R3/2028-04-01/P1Y");
        assertThat(schedule.dueDays(LocalDate.of(2027, 1, 15)))
                .containsExactly(LocalDate.of(2029, 4, 1), LocalDate.of(2030, 4, 1), LocalDate.of(2031, 4, 1));
        assertThat(FollowUpSchedule.parse("R2/P6M").dueDays(LocalDate.of(2027, 1, 15)))
                .containsExactly(LocalDate.of(2027, 7, 15), LocalDate.of(2028, 1, 15));
    }

    @Test
    void thePartnerReportsEachIndicatorWithEvidenceAndTheProjectShowsBaselineTargetAndActual() throws IOException {
        Project project = fixtures.scheduledProject("R2/P6M");
        fixtures.roundDue(project);
        FollowUpTask task = followUps.openTask(fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId(),
                FollowUpProcess.TASK_REPORT_PROGRESS, fixtures.partner());
        assertThat(task.round().orElseThrow().number()).isEqualTo(1);
        List<PlannedTarget> targets = task.actionPlan().targets();

        followUps.reportProgress(task.task().id(), List.of(
                new ProgressEntry(targets.get(0).id(), " 4.5 ", FollowUpFixtures.MEASURED, "Two new compost yards.", "yards.pdf", pdf()),
                new ProgressEntry(targets.get(1).id(), "11", FollowUpFixtures.MEASURED, null, null, null)), fixtures.partner());

        List<IndicatorProgress> progress = followUps.indicatorProgress(project.code(), users.get("kitakyushu.manager"));
        assertThat(progress).extracting(row -> row.target().indicator().code()).containsExactly("COMPOSTING", "RECYCLING_RATE");
        Measurement composting = progress.get(0).actuals().get(0);
        assertThat(composting.value()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(composting.round()).isEqualTo(1);
        assertThat(composting.comment()).isEqualTo("Two new compost yards.");
        assertThat(composting.evidenceName()).isEqualTo("yards.pdf");
        assertThat(composting.accepted()).isFalse();
        assertThat(followUps.indicatorProgress(project.code(), fixtures.partner())).hasSize(2);

        fixtures.review(project, ReviewOutcome.ACCEPTED, false, null);
        assertThat(followUps.indicatorProgress(project.code(), fixtures.officer()).get(0).actuals().get(0).accepted()).isTrue();
    }

    @Test
    void aValueThatIsNotANumberOrAMissingDayIsRefusedFieldByFieldAndNothingIsSaved() {
        Project project = fixtures.scheduledProject("R1/P6M");
        fixtures.roundDue(project);
        String taskId = fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId();
        List<PlannedTarget> targets = followUps.openTask(taskId, FollowUpProcess.TASK_REPORT_PROGRESS, fixtures.partner())
                .actionPlan().targets();

        assertThat(problems(() -> followUps.reportProgress(taskId, List.of(
                new ProgressEntry(targets.get(0).id(), "about five", FollowUpFixtures.MEASURED, null, null, null),
                new ProgressEntry(targets.get(1).id(), "11", null, null, null, null)), fixtures.partner())))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                        tuple("entries[0].actualValue", "Organic waste composted: actual value: \"about five\" is not a number;"
                                + " enter digits with a point for decimals, e.g. 42.5."),
                        tuple("entries[1].measuredOn", "Recycling rate: choose the day the value was measured."));
        assertThat(refused(() -> followUps.reportProgress(taskId, List.of(
                new ProgressEntry(targets.get(0).id(), "5", LocalDate.now().plusDays(3), null, null, null)), fixtures.partner())))
                .containsExactly("entries[0].measuredOn", "entries[1].actualValue", "entries[1].measuredOn");
        assertThat(refused(() -> followUps.reportProgress(taskId, List.of(
                new ProgressEntry(targets.get(0).id(), "5", FollowUpFixtures.MEASURED, null, "notes.txt", "plain text".getBytes()),
                new ProgressEntry(targets.get(1).id(), "11", FollowUpFixtures.MEASURED, null, null, null)), fixtures.partner())))
                .containsExactly("entries[0].evidence");

        assertThat(count("""
                select count(*) from follow_up_progress g join follow_up_round r on r.id = g.round_id
                join project p on p.id = r.project_id where p.code = :code""", project)).isZero();
        assertThat(fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId()).isEqualTo(taskId);
    }

    @Test
    void aReviewNeedsAnOutcomeACorrectionSaysWhatAndAnAcceptanceSaysWhetherToVisit() {
        Project project = fixtures.scheduledProject("R1/P6M");
        fixtures.roundDue(project);
        fixtures.report(project, "4", "11");
        String taskId = fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId();

        assertThat(refused(() -> followUps.review(taskId, new ProgressReview(null, null, null), fixtures.officer())))
                .containsExactly("outcome");
        assertThat(refused(() -> followUps.review(taskId, new ProgressReview(ReviewOutcome.CORRECTION, null, "  "), fixtures.officer())))
                .containsExactly("comment");
        assertThat(refused(() -> followUps.review(taskId, new ProgressReview(ReviewOutcome.ACCEPTED, null, null), fixtures.officer())))
                .containsExactly("visitNeeded");
        assertThat(count("""
                select count(*) from follow_up_review v join follow_up_round r on r.id = v.round_id
                join project p on p.id = r.project_id where p.code = :code""", project)).isZero();
        assertThat(fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId()).isEqualTo(taskId);
    }

    @Test
    void anotherOrganisationCanNeitherWorkOnTheTasksNorSeeTheIndicators() {
        Project project = fixtures.scheduledProject("R1/P6M");
        fixtures.roundDue(project);
        String report = fixtures.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId();

        assertThatThrownBy(() -> followUps.openTask(report, FollowUpProcess.TASK_REPORT_PROGRESS, users.get("dalian.partner")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> followUps.reportProgress(report, List.of(), users.get("dalian.partner")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> followUps.reportProgress(report, List.of(), fixtures.officer()))
                .as("the lead's officer does not report for the partner").isInstanceOf(TaskNotAvailableException.class);
        fixtures.report(project, "4", "11");
        String review = fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId();
        assertThatThrownBy(() -> followUps.review(review, new ProgressReview(ReviewOutcome.ACCEPTED, false, null),
                users.get("yokohama.officer"))).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> followUps.indicatorProgress(project.code(), users.get("yokohama.officer")))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> followUps.indicatorProgress(project.code(), users.get("dalian.partner")))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThat(fixtures.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId()).isEqualTo(review);
    }

    private int count(String sql, Project project) {
        return jdbc.sql(sql).param("code", project.code()).query(Integer.class).single();
    }

    private static List<String> refused(Runnable action) {
        return problems(action).stream().map(FieldProblem::field).toList();
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static byte[] pdf() throws IOException {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
    }
}

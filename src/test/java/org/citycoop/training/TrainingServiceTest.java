package org.citycoop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.TaskNotAvailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A training programme recorded through {@link TrainingService} on the real PostgreSQL and engine:
 * what each step stores, the list of trainees returned and sent again, two sessions with their
 * attendance, action plans with indicator targets, the evaluation's summary and the planned item
 * done; bad input refused field by field with nothing changed and the task still open; users of
 * other organisations neither see nor complete its tasks.
 */
@CityCoopTest
class TrainingServiceTest {

    @Autowired TrainingService training;
    @Autowired TrainingFixture fixture;
    @Autowired TestUsers users;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @Test
    void aProgrammeIsRecordedFromItsCurriculumToItsEvaluation() {
        TrainingFixture.Planned planned = fixture.plannedProgramme("Composting training in Kitakyushu");
        String code = planned.projectCode();
        CityCoopUser officer = fixture.officer();
        CityCoopUser partner = fixture.partner();

        TrainingTask first = training.openTask(fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM),
                TrainingProcess.TASK_DESIGN_CURRICULUM, officer);
        assertThat(first.programme().title()).isEqualTo("Composting training in Kitakyushu");
        assertThat(first.programme().id()).isNull();
        training.designCurriculum(first.task().id(), TrainingFixture.curriculum(), officer);
        assertThat(fixture.programme(code).modules()).isEqualTo(TrainingFixture.curriculum());

        training.nominateTrainees(fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES),
                List.of(TrainingFixture.trainees().get(0)), partner);
        training.confirmTrainees(fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES), false,
                "Please add the plant engineer who will run the composting pilot.", officer);
        TrainingTask again = training.openTask(fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES),
                TrainingProcess.TASK_NOMINATE_TRAINEES, partner);
        assertThat(again.programme().returnComment()).isEqualTo("Please add the plant engineer who will run the composting pilot.");
        assertThat(again.programme().trainees()).extracting(Trainee::name).containsExactly("Sri Wahyuni");
        training.nominateTrainees(again.task().id(), TrainingFixture.trainees(), partner);
        training.confirmTrainees(fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES), true, "", officer);
        TrainingProgramme confirmed = fixture.programme(code);
        assertThat(confirmed.returnComment()).isNull();
        assertThat(confirmed.trainees()).extracting(Trainee::name, Trainee::email, Trainee::gender).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sri Wahyuni", "sri.wahyuni@surabaya.go.id", Gender.FEMALE),
                org.assertj.core.groups.Tuple.tuple("Budi Santoso", "budi.santoso@surabaya.go.id", null));

        String logistics = fixture.taskId(code, TrainingProcess.TASK_PREPARE_LOGISTICS);
        List<LogisticsItem> halfDone = TrainingFixture.logisticsDone().stream()
                .map(item -> LogisticsItem.of(item.kind(), item.deadline(), item.kind() == LogisticsKind.INVITATION_LETTERS)).toList();
        training.saveLogistics(logistics, halfDone, officer);
        assertThat(fixture.task(code).getId()).as("saving keeps the checklist open").isEqualTo(logistics);
        assertThat(fixture.programme(code).logistics()).filteredOn(LogisticsItem::done).extracting(LogisticsItem::kind)
                .containsExactly(LogisticsKind.INVITATION_LETTERS);
        training.finishLogistics(logistics, TrainingFixture.logisticsDone(), officer);

        long sri = confirmed.trainees().get(0).id();
        long budi = confirmed.trainees().get(1).id();
        training.recordSession(fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION), TrainingFixture.session(Set.of(sri, budi)),
                false, officer);
        training.recordSession(fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION), new TrainingSession(
                LocalDateTime.of(2027, 6, 11, 14, 0), SessionKind.CLOSING_MEETING, SessionMethod.ONLINE, "Zoom",
                "Officer Sato", 0, 9, Set.of(sri)), true, officer);
        assertThat(fixture.programme(code).sessions()).extracting(TrainingSession::kind, TrainingSession::participantsOnline,
                TrainingSession::attendees).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SessionKind.SEMINAR, 3, Set.of(sri, budi)),
                org.assertj.core.groups.Tuple.tuple(SessionKind.CLOSING_MEETING, 9, Set.of(sri)));
        assertThat(fixture.programme(code).attendanceOf(budi)).isEqualTo(1);

        String plans = fixture.taskId(code, TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
        training.saveActionPlan(plans, TrainingFixture.plan(sri), partner);
        assertThatThrownBy(() -> training.submitActionPlans(plans, partner)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::message)
                        .containsExactly("Action plans: save a plan for Budi Santoso first; every trainee needs one."));
        training.saveActionPlan(plans, new TraineeActionPlan(budi,
                List.of(new ActionItem("Train 20 plant operators", "Budi Santoso", LocalDate.of(2028, 1, 31))),
                List.of(new IndicatorTarget("WASTE_LANDFILLED", "1,200".replace(",", ""), "950.5", LocalDate.of(2029, 3, 31)))), partner);
        training.submitActionPlans(plans, partner);
        assertThat(fixture.programme(code).plans().get(budi).targets()).containsExactly(
                new IndicatorTarget("WASTE_LANDFILLED", "1200", "950.5", LocalDate.of(2029, 3, 31)));

        EvaluationSummary summary = training.evaluate(fixture.taskId(code, TrainingProcess.TASK_EVALUATE_PROGRAMME), List.of(
                new TraineeEvaluation(sri, 5, "The plant visit was the best part."),
                new TraineeEvaluation(budi, 4, " ")), officer);

        assertThat(summary).isEqualTo(new EvaluationSummary(2, new BigDecimal("4.5")));
        TrainingProgramme done = fixture.programme(code);
        assertThat(done.evaluationSummary()).isEqualTo(summary);
        assertThat(done.evaluations()).extracting(TraineeEvaluation::comment).containsExactly("The plant visit was the best part.", null);
        assertThat(jdbc.sql("select completed_by from implementation_item where id = :id").param("id", planned.itemId())
                .query(String.class).single()).isEqualTo("kitakyushu.officer");
        assertThat(audit.ofProject(projectId(code))).extracting(AuditTrail.Entry::action).contains(
                "TRAINING_CURRICULUM_DESIGNED", "TRAINEES_RETURNED", "TRAINEES_CONFIRMED", "TRAINING_LOGISTICS_DONE",
                "TRAINING_SESSION_RECORDED", "TRAINEE_ACTION_PLANS_SUBMITTED", "TRAINING_PROGRAMME_EVALUATED");
    }

    @Test
    void aModuleEndingBeforeItsStartOrWithoutTopicIsRefusedAndNoProgrammeIsStarted() {
        String code = fixture.plannedProgramme("Training").projectCode();
        String task = fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM);

        assertRefused(() -> training.designCurriculum(task, List.of(
                new CurriculumModule("Incineration", "Shin-Koto plant", LocalDate.of(2027, 6, 4), LocalDate.of(2027, 6, 1), "English"),
                new CurriculumModule(" ", "KITA", LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 8), "")), fixture.officer()),
                "modules[0].endsOn", "modules[1].topic", "modules[1].language");
        assertRefused(() -> training.designCurriculum(task, List.of(), fixture.officer()), "modules");

        assertThat(fixture.programme(code).id()).isNull();
        assertThat(fixture.task(code).getId()).isEqualTo(task);
    }

    @Test
    void aTraineeWithoutNameOrWithAMalformedEmailIsRefusedAndNoTraineeIsStored() {
        String code = fixture.plannedProgramme("Training").projectCode();
        training.designCurriculum(fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM), TrainingFixture.curriculum(),
                fixture.officer());
        String task = fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES);

        assertRefused(() -> training.nominateTrainees(task, List.of(
                new Nomination("", "Engineer", "DLH Surabaya", "a@surabaya.go.id", null),
                new Nomination("Budi Santoso", "Engineer", "DLH Surabaya", "budi.surabaya.go.id", Gender.MALE)), fixture.partner()),
                "trainees[0].name", "trainees[1].email");
        assertThat(fixture.programme(code).trainees()).isEmpty();
        assertThat(fixture.task(code).getId()).isEqualTo(task);

        training.nominateTrainees(task, TrainingFixture.trainees(), fixture.partner());
        String confirm = fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES);
        assertRefused(() -> training.confirmTrainees(confirm, false, "  ", fixture.officer()), "comment");
        assertThat(fixture.task(code).getId()).isEqualTo(confirm);
    }

    @Test
    void logisticsCannotFinishWithAnOpenItemOrWithoutADeadline() {
        String code = fixture.plannedProgramme("Training").projectCode();
        training.designCurriculum(fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM), TrainingFixture.curriculum(), fixture.officer());
        training.nominateTrainees(fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES), TrainingFixture.trainees(), fixture.partner());
        training.confirmTrainees(fixture.taskId(code, TrainingProcess.TASK_CONFIRM_TRAINEES), true, null, fixture.officer());
        String task = fixture.taskId(code, TrainingProcess.TASK_PREPARE_LOGISTICS);
        List<LogisticsItem> visasOpen = TrainingFixture.logisticsDone().stream()
                .map(item -> item.kind() == LogisticsKind.VISAS ? LogisticsItem.of(item.kind(), item.deadline(), false) : item).toList();

        assertRefused(() -> training.finishLogistics(task, visasOpen, fixture.officer()), "logistics.VISAS.done");
        assertRefused(() -> training.saveLogistics(task, visasOpen.subList(0, 4), fixture.officer()), "logistics.INSURANCE.deadline");
        assertThat(fixture.programme(code).logistics()).isEmpty();
        assertThat(fixture.task(code).getId()).isEqualTo(task);
    }

    @Test
    void aSessionWithNegativeParticipantsOrAStrangerAttendingIsRefusedAndNotRecorded() {
        String code = fixture.plannedProgramme("Training").projectCode();
        fixture.runToSessions(code);
        String task = fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION);
        long trainee = fixture.programme(code).trainees().get(0).id();

        assertRefused(() -> training.recordSession(task, new TrainingSession(LocalDateTime.of(2027, 6, 2, 10, 0),
                SessionKind.WORKSHOP, SessionMethod.ON_SITE, "KITA", "", -3, null, Set.of(trainee, -1L)), true, fixture.officer()),
                "attendees", "facilitator", "participantsOnSite", "participantsOnline");
        assertThatThrownBy(() -> training.recordSession(task, new TrainingSession(LocalDateTime.of(2027, 6, 2, 10, 0),
                SessionKind.WORKSHOP, SessionMethod.ON_SITE, "KITA", "Ms Ito", -3, 0, Set.of()), false, fixture.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("participantsOnSite", "Participants on site: enter 0 or more.")));

        assertThat(fixture.programme(code).sessions()).isEmpty();
        assertThat(fixture.task(code).getId()).isEqualTo(task);
    }

    @Test
    void anIndicatorTargetThatIsNotANumberOrASatisfactionOutsideOneToFiveIsRefused() {
        String code = fixture.plannedProgramme("Training").projectCode();
        fixture.runToSessions(code);
        List<Long> trainees = fixture.programme(code).trainees().stream().map(Trainee::id).toList();
        training.recordSession(fixture.taskId(code, TrainingProcess.TASK_RECORD_SESSION), TrainingFixture.session(Set.copyOf(trainees)),
                true, fixture.officer());
        String plans = fixture.taskId(code, TrainingProcess.TASK_SUBMIT_ACTION_PLANS);

        assertRefused(() -> training.saveActionPlan(plans, new TraineeActionPlan(trainees.get(0),
                List.of(new ActionItem("Pilot sorting", "", null)),
                List.of(new IndicatorTarget("COMPOSTING", "2", "about five", LocalDate.of(2029, 3, 31)),
                        new IndicatorTarget("NO_SUCH_INDICATOR", "x", "5", null))), fixture.partner()),
                "items[0].deadline", "items[0].responsible", "targets[0].target", "targets[1].baseline",
                "targets[1].indicator", "targets[1].targetDate");
        assertThatThrownBy(() -> training.saveActionPlan(plans, new TraineeActionPlan(trainees.get(0), List.of(
                new ActionItem("Pilot sorting", "Sri", LocalDate.of(2028, 1, 1))),
                List.of(new IndicatorTarget("COMPOSTING", "2", "about five", LocalDate.of(2029, 3, 31)))), fixture.partner()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                        tuple("targets[0].target",
                                "Target 1, Target: \"about five\" is not a number; enter digits with a point for decimals, e.g. 42.5.")));
        assertThat(fixture.programme(code).plans()).isEmpty();

        trainees.forEach(trainee -> training.saveActionPlan(plans, TrainingFixture.plan(trainee), fixture.partner()));
        training.submitActionPlans(plans, fixture.partner());
        String evaluation = fixture.taskId(code, TrainingProcess.TASK_EVALUATE_PROGRAMME);
        assertRefused(() -> training.evaluate(evaluation, List.of(new TraineeEvaluation(trainees.get(0), 6, "Great"),
                new TraineeEvaluation(trainees.get(1), 0, null)), fixture.officer()),
                "evaluations[0].satisfaction", "evaluations[1].satisfaction");
        assertRefused(() -> training.evaluate(evaluation, List.of(new TraineeEvaluation(trainees.get(0), 5, "Great")),
                fixture.officer()), "evaluations[1].satisfaction");

        assertThat(fixture.programme(code).evaluations()).isEmpty();
        assertThat(fixture.task(code).getId()).isEqualTo(evaluation);
        assertThat(jdbc.sql("select completed_at is null from implementation_item i join project p on p.id = i.project_id "
                + "where p.code = :code").param("code", code).query(Boolean.class).single()).isTrue();
    }

    @Test
    void usersOfOtherOrganisationsNeitherSeeNorCompleteTheProgrammesTasks() {
        String code = fixture.plannedProgramme("Training").projectCode();
        String design = fixture.taskId(code, TrainingProcess.TASK_DESIGN_CURRICULUM);
        CityCoopUser yokohama = users.get("yokohama.officer");

        assertThatThrownBy(() -> training.openTask(design, TrainingProcess.TASK_DESIGN_CURRICULUM, yokohama))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> training.designCurriculum(design, TrainingFixture.curriculum(), yokohama))
                .isInstanceOf(TaskNotAvailableException.class);
        // the partner city's coordinator does not do the officer's task either
        assertThatThrownBy(() -> training.designCurriculum(design, TrainingFixture.curriculum(), fixture.partner()))
                .isInstanceOf(TaskNotAvailableException.class);
        // a task opened as another kind is refused, even for its own officer
        assertThatThrownBy(() -> training.openTask(design, TrainingProcess.TASK_RECORD_SESSION, fixture.officer()))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(fixture.programme(code).id()).isNull();

        training.designCurriculum(design, TrainingFixture.curriculum(), fixture.officer());
        String nominate = fixture.taskId(code, TrainingProcess.TASK_NOMINATE_TRAINEES);
        assertThatThrownBy(() -> training.nominateTrainees(nominate, TrainingFixture.trainees(), users.get("dalian.partner")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(training.programmesOf(code, yokohama)).isEmpty();
        assertThat(training.programmesOf(code, users.get("dalian.partner"))).isEmpty();
        assertThat(training.programmesOf(code, fixture.partner())).hasSize(1);
        assertThat(fixture.task(code).getId()).isEqualTo(nominate);
    }

    private static void assertRefused(Executable call, String... fields) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields));
    }

    private long projectId(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).single();
    }
}

package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.base.Message;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectActivity;
import org.citycoop.project.TimelineEntry;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Funding applications through the service, on the real PostgreSQL and engine: the whole way from
 * the scheme to the agreement; bad input refused with the field named and nothing changed; the
 * agency's tasks for that agency's reviewers only; and a reviewer who declares a conflict of
 * interest refused while a colleague can go on.
 */
@CityCoopTest
class FundingServiceTest {

    @Autowired FundingService funding;
    @Autowired FundingFixtures fixtures;
    @Autowired WorkflowService workflow;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired UserAccountService accounts;
    @Autowired AuditTrail audit;
    @Autowired ProjectService projects;
    @Autowired JdbcClient jdbc;

    @Test
    void anApplicationGoesFromTheSchemeToTheAgreementWithItsDisbursementsAndReports() {
        String code = fixtures.applicationAtScreening();
        CityCoopUser reviewer = fixtures.jicaReviewer();
        FundingTask screening = funding.openTask(fixtures.task(code).getId(), FundingProcess.TASK_SCREEN_APPLICATION, reviewer);
        FundingScheme jica = screening.requireApplication().scheme();
        assertThat(screening.requireApplication().status()).isEqualTo(FundingApplicationStatus.SUBMITTED);
        assertThat(screening.requireApplication().submissionCount()).isEqualTo(1);
        assertThat(screening.project().region()).isEqualTo("SOUTHEAST_ASIA");

        ApplicationReview review = fixtures.review(jica, 4);
        review.getScores().put("RELEVANCE", 5);
        funding.screen(screening.task().id(), review, reviewer);
        funding.decide(fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION), FundingFixtures.approval(20_000_000L), reviewer);

        LocalDate start = FundingFixtures.inDays(30);
        LocalDate end = start.plusMonths(24).minusDays(1);
        funding.recordAgreement(fixtures.taskId(code, FundingProcess.TASK_RECORD_AGREEMENT),
                FundingFixtures.agreement(20_000_000L, start, end, new Instalment(start.plusMonths(12), 8_000_000L), new Instalment(start, 12_000_000L)),
                fixtures.officer());

        assertThat(fixtures.task(code)).isNull();
        assertThat(fixtures.finalVariable(code, FundingProcess.FUNDING_OUTCOME)).isEqualTo("APPROVED");
        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.AGREED);
        assertThat(application.budgetLines()).extracting(BudgetLine::getAmountJpy).containsExactly(14_000_000L, 10_000_000L);
        // weights 30/25/25/20: (5*30 + 4*70) / 100; the reviews stay with the agency
        assertThat(application.reviews()).isEmpty();
        assertThat(funding.application(code, 1, reviewer).orElseThrow().reviews()).singleElement().satisfies(stored -> {
            assertThat(stored.weightedScore()).isEqualByComparingTo(new BigDecimal("4.30"));
            assertThat(stored.reviewer()).isEqualTo("jica.reviewer");
            assertThat(stored.fulfilled()).containsExactly(jica.checklist().get(0).code());
        });
        assertThat(application.lastDecision()).get().extracting(FundingApplication.Decision::approvedAmountJpy).isEqualTo(20_000_000L);
        FundingApplication.Agreement agreement = application.agreement().orElseThrow();
        assertThat(agreement.instalments()).extracting(Instalment::getDueOn).containsExactly(start, start.plusMonths(12));
        // JICA: a quarterly report 30 days after each quarter before the end, the completion report 60 days after the end
        assertThat(agreement.reportingDuties()).hasSize(8);
        ReportingDuty first = agreement.reportingDuties().get(0);
        assertThat(first.kind()).isEqualTo(ReportingDutyKind.PROGRESS_REPORT);
        assertThat(first.title().in(Locale.ENGLISH)).isEqualTo("Quarterly progress report 1");
        assertThat(first.title().in(Locale.JAPANESE)).isEqualTo("四半期進捗報告 第1回");
        assertThat(first.periodEnd()).isEqualTo(start.plusMonths(3).minusDays(1));
        assertThat(first.dueOn()).isEqualTo(start.plusMonths(3).minusDays(1).plusDays(30));
        ReportingDuty last = agreement.reportingDuties().get(7);
        assertThat(last.kind()).isEqualTo(ReportingDutyKind.COMPLETION_REPORT);
        assertThat(last.title().in(Locale.ENGLISH)).isEqualTo("Completion report");
        assertThat(last.title().in(Locale.JAPANESE)).isEqualTo("完了報告");
        assertThat(last.periodEnd()).isNull();
        assertThat(last.dueOn()).isEqualTo(end.plusDays(60));
        // the reviewer's criteria and checklist are reference data by code, worded in the reader's language
        assertThat(Message.of(jica.criterionKey(jica.criteria().get(0))).in(Locale.JAPANESE)).isEqualTo("相手都市のニーズとの合致");
        assertThat(Message.of(jica.checklistKey(jica.checklist().get(0))).in(Locale.ENGLISH))
                .isEqualTo("Letter of consent of the partner city's counterpart attached");
        assertThat(funding.applicationsOf(code, fixtures.officer())).singleElement().satisfies(summary -> {
            assertThat(summary.approvedAmountJpy()).isEqualTo(20_000_000L);
            assertThat(summary.agencyCode()).isEqualTo("JICA");
        });
        assertThat(audit.ofProject(projectId(code))).extracting(AuditTrail.Entry::action).contains("FUNDING_SCHEME_CHOSEN",
                "FUNDING_ELIGIBLE", "FUNDING_APPLICATION_DRAFTED", "FUNDING_APPLICATION_INTERNAL_APPROVE",
                "FUNDING_APPLICATION_SUBMITTED", "FUNDING_APPLICATION_SCREENED", "FUNDING_DECISION_APPROVE",
                "FUNDING_AGREEMENT_RECORDED");
    }

    @Test
    void budgetLinesThatDoNotAddUpToTheRequestedAmountAreRefusedAndChangeNothing() {
        String code = atDraft();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_DRAFT_APPLICATION);
        ApplicationDraft draft = FundingFixtures.draft(24, 24_000_000L, new BudgetLine("Training", 14_000_000L),
                new BudgetLine("Dispatch", 9_000_000L));

        assertThatThrownBy(() -> funding.submitDraft(taskId, draft, fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("requestedAmountJpy");
                            assertThat(problem.message()).startsWith("Requested amount:").contains("¥23,000,000");
                        }));

        assertDraftUntouched(code, taskId);
    }

    @Test
    void aDraftAboveTheSchemesCapIsRefusedWithTheReasonOfTheDecision() {
        String code = atDraft();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_DRAFT_APPLICATION);
        ApplicationDraft draft = FundingFixtures.draft(40, 35_000_000L, new BudgetLine("Training", 35_000_000L));

        assertThatThrownBy(() -> funding.submitDraft(taskId, draft, fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field)
                            .containsExactlyInAnyOrder("durationMonths", "requestedAmountJpy");
                    assertThat(refused.problems()).extracting(FieldProblem::message)
                            .anySatisfy(message -> assertThat(message).contains("¥30,000,000"));
                    // a Japanese officer reads the decision table's reason in Japanese, on the screen and from the API
                    assertThat(refused.problems()).extracting(problem -> problem.message(Locale.JAPANESE))
                            .contains("期間: JICA草の根技術協力事業（地方自治体提案型）の実施期間は最長36か月です。期間を短くしてください。");
                });

        assertDraftUntouched(code, taskId);
    }

    @Test
    void anIncompleteDraftNamesEveryBadField() {
        String code = atDraft();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_DRAFT_APPLICATION);
        ApplicationDraft draft = FundingFixtures.draft(0, 24_000_000L, new BudgetLine(" ", null));
        draft.setObjectives(" ");

        assertThatThrownBy(() -> funding.submitDraft(taskId, draft, fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("objectives", "durationMonths", "budgetLines[0].item", "budgetLines[0].amountJpy"));

        assertDraftUntouched(code, taskId);
    }

    @Test
    void theManagerMustSayWhyTheApplicationIsReturned() {
        String code = atDraft();
        fixtures.submitDraft(code, FundingFixtures.jicaDraft());
        String taskId = fixtures.taskId(code, FundingProcess.TASK_APPROVE_APPLICATION);

        assertThatThrownBy(() -> funding.approveInternally(taskId, InternalApprovalDecision.RETURN, "  ", fixtures.manager()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("comment"));
        assertThat(fixtures.taskId(code, FundingProcess.TASK_APPROVE_APPLICATION)).isEqualTo(taskId);

        funding.approveInternally(taskId, InternalApprovalDecision.RETURN, "Add the composting pilot's equipment.", fixtures.manager());
        FundingTask draft = funding.openTask(fixtures.taskId(code, FundingProcess.TASK_DRAFT_APPLICATION),
                FundingProcess.TASK_DRAFT_APPLICATION, fixtures.officer());
        assertThat(draft.requireApplication().lastInternalApproval()).get()
                .extracting(FundingApplication.InternalApproval::comment).isEqualTo("Add the composting pilot's equipment.");
        assertThat(draft.requireApplication().status()).isEqualTo(FundingApplicationStatus.DRAFTING);
    }

    @Test
    void aScreeningWithoutAValidScoreForEveryCriterionIsRefusedAndChangesNothing() {
        String code = fixtures.applicationAtScreening();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        ApplicationReview review = fixtures.review(fixtures.scheme(FundingFixtures.JICA), 3);
        review.getScores().remove("FEASIBILITY");
        review.getScores().put("RELEVANCE", 6);

        assertThatThrownBy(() -> funding.screen(taskId, review, fixtures.jicaReviewer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("scores.RELEVANCE", "scores.FEASIBILITY"));

        assertThat(funding.application(code, 1, fixtures.jicaReviewer()).orElseThrow().reviews()).isEmpty();
        assertThat(fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION)).isEqualTo(taskId);
    }

    @Test
    void anApprovedAmountAboveTheRequestedOneIsRefusedAndChangesNothing() {
        String code = atDecision();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION);

        assertThatThrownBy(() -> funding.decide(taskId, FundingFixtures.approval(24_000_001L), fixtures.jicaReviewer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("approvedAmountJpy");
                            assertThat(problem.message()).startsWith("Approved amount:").contains("¥24,000,000");
                        }));

        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.lastDecision()).isEmpty();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.SUBMITTED);
        assertThat(fixtures.task(code).getId()).isEqualTo(taskId);
        assertThat(fixtures.task(code).getAssignee()).isNull();
    }

    @Test
    void aRejectionNeedsAReasonAndARevisionADeadlineAfterToday() {
        String code = atDecision();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION);
        FundingDecisionInput rejection = new FundingDecisionInput();
        rejection.setDecision(FundingDecision.REJECT);
        FundingDecisionInput revision = new FundingDecisionInput();
        revision.setDecision(FundingDecision.REVISE);
        revision.setReason("Split the budget by fiscal year.");
        revision.setRevisionDeadline(FundingFixtures.inDays(0));

        assertThatThrownBy(() -> funding.decide(taskId, rejection, fixtures.jicaReviewer()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("reason"));
        assertThatThrownBy(() -> funding.decide(taskId, revision, fixtures.jicaReviewer()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("revisionDeadline"));

        revision.setRevisionDeadline(FundingFixtures.inDays(20));
        funding.decide(taskId, revision, fixtures.jicaReviewer());
        FundingTask revise = funding.openTask(fixtures.taskId(code, FundingProcess.TASK_REVISE_APPLICATION),
                FundingProcess.TASK_REVISE_APPLICATION, fixtures.officer());
        assertThat(revise.requireApplication().lastDecision()).get().satisfies(decision -> {
            assertThat(decision.reason()).isEqualTo("Split the budget by fiscal year.");
            assertThat(decision.revisionDeadline()).isEqualTo(FundingFixtures.inDays(20));
        });
        assertThat(revise.requireApplication().status()).isEqualTo(FundingApplicationStatus.REVISION_REQUESTED);

        funding.revise(revise.task().id(), FundingFixtures.draft(24, 22_000_000L, new BudgetLine("Training FY1", 12_000_000L),
                new BudgetLine("Training FY2", 10_000_000L)), fixtures.officer());
        fixtures.runSubmission(code);
        FundingApplication resubmitted = funding.openTask(fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION),
                FundingProcess.TASK_SCREEN_APPLICATION, fixtures.jicaReviewer()).requireApplication();
        assertThat(resubmitted.submissionCount()).isEqualTo(2);
        assertThat(resubmitted.requestedAmountJpy()).isEqualTo(22_000_000L);
    }

    @Test
    void instalmentsThatDoNotAddUpToTheApprovedAmountAreRefusedAndChangeNothing() {
        String code = atDecision();
        funding.decide(fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION), FundingFixtures.approval(20_000_000L), fixtures.jicaReviewer());
        String taskId = fixtures.taskId(code, FundingProcess.TASK_RECORD_AGREEMENT);
        LocalDate start = FundingFixtures.inDays(30);
        LocalDate end = start.plusMonths(24).minusDays(1);

        assertThatThrownBy(() -> funding.recordAgreement(taskId, FundingFixtures.agreement(20_000_000L, start, end,
                new Instalment(start, 12_000_000L), new Instalment(end.plusDays(1), 7_000_000L)), fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field)
                            .containsExactlyInAnyOrder("instalments", "instalments[1].dueOn");
                    assertThat(refused.problems()).extracting(FieldProblem::message)
                            .anySatisfy(message -> assertThat(message).contains("¥19,000,000").contains("¥20,000,000"));
                });
        assertThatThrownBy(() -> funding.recordAgreement(taskId, FundingFixtures.agreement(25_000_000L, start, end,
                new Instalment(start, 25_000_000L)), fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("approvedAmountJpy"));

        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.agreement()).isEmpty();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.APPROVED);
        assertThat(fixtures.task(code).getId()).isEqualTo(taskId);
    }

    @Test
    void aReviewerOfAnotherAgencyNeitherSeesNorCompletesAJicaApplication() {
        String code = fixtures.applicationAtScreening();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        CityCoopUser moeReviewer = users.get("moe.reviewer");

        assertThatThrownBy(() -> funding.openTask(taskId, FundingProcess.TASK_SCREEN_APPLICATION, moeReviewer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> funding.screen(taskId, fixtures.review(fixtures.scheme(FundingFixtures.JICA), 5), moeReviewer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> funding.claim(taskId, FundingProcess.TASK_SCREEN_APPLICATION, moeReviewer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(funding.applicationsOf(code, moeReviewer)).isEmpty();
        assertThat(funding.application(code, 1, moeReviewer)).isEmpty();
        assertThat(funding.applicationsOf(code, users.get("yokohama.officer"))).isEmpty();

        assertThat(funding.applicationsOf(code, fixtures.jicaReviewer())).hasSize(1);
        assertThat(funding.applicationsOf(code, users.get("surabaya.partner"))).hasSize(1);
        assertThat(fixtures.task(code).getAssignee()).isNull();
        assertThat(funding.application(code, 1, fixtures.jicaReviewer()).orElseThrow().reviews()).isEmpty();
    }

    @Test
    void theAgencySeesAnApplicationOnlyOnceItIsSubmitted() {
        String code = atDraft();

        assertThat(funding.applicationsOf(code, fixtures.jicaReviewer())).isEmpty();
        assertThat(funding.applicationsOf(code, fixtures.officer())).singleElement()
                .extracting(FundingApplicationSummary::status).isEqualTo(FundingApplicationStatus.DRAFTING);
    }

    @Test
    void aReviewerWhoDeclaresAConflictOfInterestCannotTakeTheTaskButAColleagueCan() {
        String code = fixtures.applicationAtScreening();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        CityCoopUser reviewer = fixtures.jicaReviewer();
        ApplicationReview review = fixtures.review(fixtures.scheme(FundingFixtures.JICA), 4);
        funding.claim(taskId, FundingProcess.TASK_SCREEN_APPLICATION, reviewer);

        assertThatThrownBy(() -> funding.declareConflict(taskId, " ", reviewer))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("conflictReason"));
        funding.declareConflict(taskId, "My sister works for Surabaya's cleansing department.", reviewer);

        assertThat(fixtures.task(code).getAssignee()).as("released to the colleagues").isNull();
        assertThatThrownBy(() -> funding.openTask(taskId, FundingProcess.TASK_SCREEN_APPLICATION, reviewer))
                .isInstanceOf(ConflictOfInterestException.class);
        assertThatThrownBy(() -> funding.screen(taskId, review, reviewer)).isInstanceOf(ConflictOfInterestException.class);
        assertThatThrownBy(() -> funding.claim(taskId, FundingProcess.TASK_SCREEN_APPLICATION, reviewer))
                .isInstanceOf(ConflictOfInterestException.class);
        // the inbox claims through the workflow service: the engine refuses the assignment itself
        assertThatThrownBy(() -> workflow.claim(taskId, Actor.of(reviewer))).hasRootCauseInstanceOf(ConflictOfInterestException.class);
        assertThat(fixtures.task(code).getAssignee()).isNull();
        assertThat(jdbc.sql("select count(*) from funding_conflict_declaration where reviewer = 'jica.reviewer' and reason like 'My sister%'")
                .query(Integer.class).single()).isOne();

        CityCoopUser colleague = jicaColleague();
        funding.screen(taskId, review, colleague);
        String decisionId = fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION);
        assertThatThrownBy(() -> funding.decide(decisionId, FundingFixtures.approval(20_000_000L), reviewer))
                .isInstanceOf(ConflictOfInterestException.class);
        funding.decide(decisionId, FundingFixtures.approval(20_000_000L), colleague);
        assertThat(funding.application(code, 1, colleague).orElseThrow().reviews()).extracting(FundingApplication.Review::reviewer)
                .containsExactly(colleague.getUsername());
    }

    @Test
    void theAgencysScreeningAndConflictsStayOffTheTimelineOfTheApplicantAndThePartner() {
        String code = fixtures.applicationAtScreening();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        funding.declareConflict(taskId, "My brother consults for Surabaya's waste bank.", fixtures.jicaReviewer());
        funding.screen(taskId, fixtures.review(fixtures.scheme(FundingFixtures.JICA), 4), jicaColleague());

        for (CityCoopUser applicantSide : List.of(fixtures.officer(), users.get("surabaya.partner"))) {
            List<TimelineEntry> timeline = projects.timeline(code, applicantSide);
            assertThat(timeline).as(applicantSide.getUsername()).extracting(TimelineEntry::what)
                    .contains("FUNDING_APPLICATION_DRAFTED")
                    .doesNotContain("FUNDING_CONFLICT_DECLARED", "FUNDING_APPLICATION_SCREENED");
            assertThat(timeline).as(applicantSide.getUsername()).extracting(TimelineEntry::detail).filteredOn(Objects::nonNull)
                    .noneMatch(detail -> detail.contains("brother") || detail.contains("weighted score"));
        }
        assertThat(projects.recentActivityForPartner(users.get("surabaya.partner"), 500))
                .as("the partner portal's recent activity").filteredOn(activity -> activity.projectCode().equals(code))
                .extracting(ProjectActivity::action).contains("FUNDING_APPLICATION_DRAFTED")
                .doesNotContain("FUNDING_CONFLICT_DECLARED", "FUNDING_APPLICATION_SCREENED");
        assertThat(audit.ofProject(projectId(code))).as("the whole trail keeps them").extracting(AuditTrail.Entry::action)
                .contains("FUNDING_CONFLICT_DECLARED", "FUNDING_APPLICATION_SCREENED");
    }

    @Test
    void onlyTheOfficersOfTheLeadChooseTheScheme() {
        String code = fixtures.projectApplyingForFunding();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_CHOOSE_SCHEME);
        SchemeChoice choice = new SchemeChoice();
        choice.setSchemeCode(FundingFixtures.JICA);
        choice.setRequestedAmountJpy(24_000_000L);
        choice.setDurationMonths(24);

        assertThatThrownBy(() -> funding.chooseScheme(taskId, choice, users.get("yokohama.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> funding.chooseScheme(taskId, choice, fixtures.manager()))
                .isInstanceOf(TaskNotAvailableException.class);
        choice.setSchemeCode("NO_SUCH_SCHEME");
        assertThatThrownBy(() -> funding.chooseScheme(taskId, choice, fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("schemeCode"));
        assertThat(funding.applicationsOf(code, fixtures.officer())).isEmpty();
    }

    private String atDraft() {
        String code = fixtures.projectApplyingForFunding();
        fixtures.chooseScheme(code, FundingFixtures.JICA, 24_000_000L, 24);
        fixtures.taskId(code, FundingProcess.TASK_DRAFT_APPLICATION);
        return code;
    }

    private String atDecision() {
        String code = fixtures.applicationAtScreening();
        funding.screen(fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION),
                fixtures.review(fixtures.scheme(FundingFixtures.JICA), 4), fixtures.jicaReviewer());
        fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION);
        return code;
    }

    private void assertDraftUntouched(String code, String taskId) {
        FundingApplication application = funding.application(code, 1, fixtures.officer()).orElseThrow();
        assertThat(application.budgetLines()).isEmpty();
        assertThat(application.objectives()).isNull();
        assertThat(application.requestedAmountJpy()).isEqualTo(24_000_000L);
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.DRAFTING);
        Task task = fixtures.task(code);
        assertThat(task.getId()).isEqualTo(taskId);
        assertThat(task.getAssignee()).isNull();
    }

    private CityCoopUser jicaColleague() {
        String username = "jica.colleague." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, new Name("Kaori Mori", "森 香織"), "JICA", "demo-password", List.of(Roles.REVIEWER));
        return users.get(username);
    }

    private long projectId(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).single();
    }
}

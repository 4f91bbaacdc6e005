package org.citycoop.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feasibility study through its service, on the real PostgreSQL and engine: each task with
 * good input, each kind of form with bad input (refused, the field named, nothing changed), and
 * who may do and see what. Each test studies a new Kitakyushu project with Surabaya.
 */
@CityCoopTest
class FeasibilityServiceTest {

    /** Enough of a PDF for the content check (Apache Tika reads the magic number). */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FeasibilityService feasibility;

    @Autowired
    ProjectService projects;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    TaskService engineTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private CityCoopUser officer;
    private CityCoopUser manager;
    private Project project;
    private String processInstanceId;

    @BeforeEach
    void studyANewProject() {
        officer = users.get("kitakyushu.officer");
        manager = users.get("kitakyushu.manager");
        project = projects.propose(proposal("Waste-to-energy feasibility " + UUID.randomUUID()), officer);
        processInstanceId = workflow.startProcess(FeasibilityProcess.PROCESS_KEY, project.code(),
                Map.of("leadOrganisation", "KIT", "partnerOrganisation", "SBY"), Actor.of(officer));
    }

    @Test
    void theOfficerDoesTheStudyAndTheManagerAcceptsIt() {
        feasibility.defineScope(task(FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer);
        assertThat(study().status()).isEqualTo(StudyStatus.SCOPED);

        feasibility.recordSurvey(task(FeasibilityProcess.TASK_CONDUCT_SURVEY), TestStudies.survey(), officer);
        assertThat(study().status()).isEqualTo(StudyStatus.SURVEYED);

        feasibility.submitReport(task(FeasibilityProcess.TASK_UPLOAD_REPORT), TestStudies.findings(), "fs-report.pdf", PDF, officer);
        assertThat(study().status()).isEqualTo(StudyStatus.IN_REVIEW);

        String review = task(FeasibilityProcess.TASK_REVIEW_STUDY);
        FeasibilityTask reviewTask = feasibility.openTask(review, FeasibilityProcess.TASK_REVIEW_STUDY, manager);
        assertThat(reviewTask.projectCode()).isEqualTo(project.code());
        assertThat(reviewTask.study()).get().extracting(FeasibilityStudy::recommendedTechnology)
                .isEqualTo("Windrow composting of market waste");
        feasibility.review(review, StudyReviewDecision.ACCEPT, "", manager);

        FeasibilityStudy accepted = study();
        assertThat(accepted.status()).isEqualTo(StudyStatus.ACCEPTED);
        assertThat(accepted.scope()).isEqualTo("Organic waste from three traditional markets in Surabaya.");
        assertThat(accepted.surveyStart()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(accepted.surveyEnd()).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(accepted.teamMembers()).isEqualTo("Aiko Tanaka\nKenta Mori (NEXT consultants)");
        assertThat(accepted.partnerContactName()).isEqualTo("Budi Santoso");
        assertThat(accepted.partnerContactEmail()).isNull();
        assertThat(accepted.estimatedCostJpy()).isEqualTo(48_000_000L);
        assertThat(accepted.wasteDivertedTonnesPerYear()).isEqualByComparingTo("7300.5");
        assertThat(accepted.co2ReducedTonnesPerYear()).isNull();
        assertThat(accepted.reportFileName()).isEqualTo("fs-report.pdf");
        assertThat(accepted.lastReview()).get().satisfies(last -> {
            assertThat(last.decision()).isEqualTo(StudyReviewDecision.ACCEPT);
            assertThat(last.comment()).isNull();
            assertThat(last.reviewedBy()).isEqualTo("kitakyushu.manager");
        });
        assertThat(feasibility.reportOf(project.code(), manager)).get().satisfies(file -> {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.content()).isEqualTo(PDF);
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(audit.ofProject(project.id())).extracting(AuditTrail.Entry::action).contains(
                "FEASIBILITY_SCOPE_DEFINED", "FEASIBILITY_SURVEY_RECORDED", "FEASIBILITY_REPORT_SUBMITTED",
                "FEASIBILITY_STUDY_ACCEPT");
    }

    @Test
    void aReturnedReportShowsTheCommentAndIsRevisedThenAccepted() {
        studyUntilReview();
        feasibility.review(task(FeasibilityProcess.TASK_REVIEW_STUDY), StudyReviewDecision.REVISE,
                "Add the cost of the shredder and its maintenance.", manager);

        String revision = task(FeasibilityProcess.TASK_UPLOAD_REPORT);
        FeasibilityStudy returned = feasibility.openTask(revision, FeasibilityProcess.TASK_UPLOAD_REPORT, officer).study().orElseThrow();
        assertThat(returned.status()).isEqualTo(StudyStatus.REVISION_REQUESTED);
        assertThat(returned.lastReview()).get().extracting(StudyReview::comment)
                .isEqualTo("Add the cost of the shredder and its maintenance.");
        Long firstReport = returned.reportDocumentId();

        // the first revision keeps the report file and changes the findings
        StudyFindings revised = returned.toFindings();
        revised.setEstimatedCostJpy(53_500_000L);
        feasibility.submitReport(revision, revised, null, null, officer);
        assertThat(study().reportDocumentId()).isEqualTo(firstReport);
        assertThat(study().estimatedCostJpy()).isEqualTo(53_500_000L);

        // returned again: this time a new file replaces the report, as its next version
        feasibility.review(task(FeasibilityProcess.TASK_REVIEW_STUDY), StudyReviewDecision.REVISE, "Attach the annex.", manager);
        feasibility.submitReport(task(FeasibilityProcess.TASK_UPLOAD_REPORT), revised, "fs-report-v2.pdf", PDF, officer);
        assertThat(study().reportDocumentId()).isNotEqualTo(firstReport);
        assertThat(study().reportFileName()).isEqualTo("fs-report-v2.pdf");
        assertThat(jdbc.sql("select max(version) from document where project_id = :project and kind = 'FEASIBILITY_REPORT'")
                .param("project", project.id()).query(Integer.class).single()).isEqualTo(2);

        feasibility.review(task(FeasibilityProcess.TASK_REVIEW_STUDY), StudyReviewDecision.ACCEPT, "Good.", manager);
        assertThat(study().status()).isEqualTo(StudyStatus.ACCEPTED);
        assertThat(study().lastReview()).get().extracting(StudyReview::comment).isEqualTo("Good.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
    }

    @Test
    void aScopeWithoutTextIsRefusedNamingBothFieldsAndChangesNothing() {
        String taskId = task(FeasibilityProcess.TASK_DEFINE_SCOPE);
        StudyScope blank = new StudyScope();
        blank.setScope("  ");

        assertRefused(() -> feasibility.defineScope(taskId, blank, officer), "scope", "termsOfReference");

        assertThat(feasibility.findByProjectCode(project.code(), officer)).isEmpty();
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void aSurveyThatEndsBeforeItStartsIsRefusedAndChangesNothing() {
        feasibility.defineScope(task(FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer);
        String taskId = task(FeasibilityProcess.TASK_CONDUCT_SURVEY);
        FieldSurvey survey = TestStudies.survey();
        survey.setSurveyEnd(survey.getSurveyStart().minusDays(1));

        assertThatThrownBy(() -> feasibility.recordSurvey(taskId, survey, officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("surveyEnd", "Survey end: choose a date on or after the survey start.")));

        assertThat(study().status()).isEqualTo(StudyStatus.SCOPED);
        assertThat(study().surveyStart()).isNull();
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void whenTheTaskCannotBeCompletedTheSurveyIsNotStoredEither() {
        feasibility.defineScope(task(FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer);
        String taskId = task(FeasibilityProcess.TASK_CONDUCT_SURVEY);
        engineTasks.claim(taskId, "kitakyushu.colleague");

        // the survey is written before the engine refuses the completion: one transaction undoes both
        assertThatThrownBy(() -> feasibility.recordSurvey(taskId, TestStudies.survey(), officer))
                .isInstanceOf(TaskClaimedByOtherException.class);

        assertThat(study().status()).isEqualTo(StudyStatus.SCOPED);
        assertThat(study().surveyStart()).isNull();
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("kitakyushu.colleague");
    }

    @Test
    void aSurveyWithoutDatesTeamOrContactNamesEachField() {
        feasibility.defineScope(task(FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer);
        String taskId = task(FeasibilityProcess.TASK_CONDUCT_SURVEY);
        FieldSurvey survey = new FieldSurvey();
        survey.setTeamMembers(" ");
        survey.setPartnerContactEmail("budi at surabaya");

        assertRefused(() -> feasibility.recordSurvey(taskId, survey, officer),
                "surveyStart", "surveyEnd", "teamMembers", "partnerContactName", "partnerContactEmail");
        assertThat(study().status()).isEqualTo(StudyStatus.SCOPED);
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void aReportWithANegativeCostAndNoFileIsRefusedAndStoresNothing() {
        studyUntilReport();
        String taskId = task(FeasibilityProcess.TASK_UPLOAD_REPORT);
        StudyFindings findings = TestStudies.findings();
        findings.setEstimatedCostJpy(-1L);
        findings.setCo2ReducedTonnesPerYear(new BigDecimal("-3"));
        long auditBefore = audit.ofProject(project.id()).size();

        assertThatThrownBy(() -> feasibility.submitReport(taskId, findings, null, null, officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field)
                            .containsExactlyInAnyOrder("estimatedCostJpy", "co2ReducedTonnesPerYear", "report");
                    assertThat(refused.problems()).filteredOn(problem -> problem.field().equals("estimatedCostJpy"))
                            .singleElement().extracting(FieldProblem::message)
                            .isEqualTo("Estimated cost (JPY): enter a whole number of yen from 0 to 100,000,000,000.");
                });

        assertNoReportStored();
        assertThat(audit.ofProject(project.id())).hasSize((int) auditBefore);
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void aReportFileOfAnotherTypeIsRefusedAndNothingIsStored() {
        studyUntilReport();
        String taskId = task(FeasibilityProcess.TASK_UPLOAD_REPORT);

        assertRefused(() -> feasibility.submitReport(taskId, TestStudies.findings(), "report.pdf",
                "#!/bin/sh\necho not a report\n".getBytes(StandardCharsets.US_ASCII), officer), "report");

        assertNoReportStored();
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void returningForRevisionWithoutACommentIsRefusedAndChangesNothing() {
        studyUntilReview();
        String taskId = task(FeasibilityProcess.TASK_REVIEW_STUDY);

        assertThatThrownBy(() -> feasibility.review(taskId, StudyReviewDecision.REVISE, "   ", manager))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("comment");
                    assertThat(refused.problems().get(0).message()).startsWith("Comment: ");
                });

        assertThat(study().status()).isEqualTo(StudyStatus.IN_REVIEW);
        assertThat(study().lastReview()).isEmpty();
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void aManagerOfAnotherCityCanNeitherOpenNorReviewTheStudy() {
        studyUntilReview();
        String taskId = task(FeasibilityProcess.TASK_REVIEW_STUDY);
        CityCoopUser yokohamaManager = users.get("yokohama.manager");

        assertThatThrownBy(() -> feasibility.openTask(taskId, FeasibilityProcess.TASK_REVIEW_STUDY, yokohamaManager))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> feasibility.review(taskId, StudyReviewDecision.ACCEPT, "", yokohamaManager))
                .isInstanceOf(TaskNotAvailableException.class);

        assertThat(feasibility.findByProjectCode(project.code(), yokohamaManager)).isEmpty();
        assertThat(feasibility.reportOf(project.code(), yokohamaManager)).isEmpty();
        assertThat(study().status()).isEqualTo(StudyStatus.IN_REVIEW);
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void anOfficerCannotDoTheManagersReview() {
        studyUntilReview();
        String taskId = task(FeasibilityProcess.TASK_REVIEW_STUDY);

        assertThatThrownBy(() -> feasibility.review(taskId, StudyReviewDecision.ACCEPT, "", officer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(study().lastReview()).isEmpty();
        assertStillOpenAndUnassigned(taskId);
    }

    @Test
    void oneTasksScreenCannotCompleteAnotherTask() {
        String scopeTask = task(FeasibilityProcess.TASK_DEFINE_SCOPE);

        assertThatThrownBy(() -> feasibility.recordSurvey(scopeTask, TestStudies.survey(), officer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> feasibility.openTask(scopeTask, "Task_ScreenProposal", officer))
                .isInstanceOf(TaskNotAvailableException.class);
        assertStillOpenAndUnassigned(scopeTask);
    }

    @Test
    void theStudyIsVisibleToTheLeadAndItsPartnerCityOnly() {
        studyUntilReview();

        assertThat(feasibility.findByProjectCode(project.code(), manager)).isPresent();
        assertThat(feasibility.findByProjectCode(project.code(), users.get("surabaya.partner"))).isPresent();
        assertThat(feasibility.findByProjectCode(project.code(), users.get("yokohama.officer"))).isEmpty();
        assertThat(feasibility.findByProjectCode(project.code(), users.get("dalian.partner"))).isEmpty();
        assertThat(feasibility.findByProjectCode(project.code(), users.get("jica.reviewer"))).isEmpty();
        assertThat(feasibility.findByProjectCode("KIT-1999-999", manager)).isEmpty();
    }

    private void studyUntilReport() {
        feasibility.defineScope(task(FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer);
        feasibility.recordSurvey(task(FeasibilityProcess.TASK_CONDUCT_SURVEY), TestStudies.survey(), officer);
    }

    private void studyUntilReview() {
        studyUntilReport();
        feasibility.submitReport(task(FeasibilityProcess.TASK_UPLOAD_REPORT), TestStudies.findings(), "fs-report.pdf", PDF, officer);
    }

    /** The open task of the study process with this key: the engine's own, unscoped answer. */
    private String task(String taskDefinitionKey) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(open).as("open " + taskDefinitionKey).hasSize(1);
        return open.get(0).getId();
    }

    private FeasibilityStudy study() {
        return feasibility.findByProjectCode(project.code(), officer).orElseThrow();
    }

    private void assertStillOpenAndUnassigned(String taskId) {
        Task open = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(open).as("task still open").isNotNull();
        assertThat(open.getAssignee()).isNull();
    }

    private void assertNoReportStored() {
        assertThat(jdbc.sql("select count(*) from document where project_id = :project").param("project", project.id())
                .query(Long.class).single()).isZero();
        assertThat(study().status()).isEqualTo(StudyStatus.SURVEYED);
        assertThat(study().recommendedTechnology()).isNull();
    }

    private static void assertRefused(Runnable submit, String... fields) {
        assertThatThrownBy(submit::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields);
            // every message names its field before saying what to do
            assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.message()).matches("^[A-Z][^:]*: .+"));
        });
    }

    private static ProjectProposal proposal(String title) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode("SBY");
        proposal.setThemeCode("WASTE");
        proposal.setCooperationTypeCode("INFRASTRUCTURE");
        proposal.setPlannedStart(LocalDate.of(2027, 4, 1));
        proposal.setPlannedEnd(LocalDate.of(2029, 3, 31));
        proposal.setBudgetJpy(60_000_000L);
        return proposal;
    }
}

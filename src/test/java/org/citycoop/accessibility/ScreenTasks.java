package org.citycoop.accessibility;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.dispatch.ApprovalDecision;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.MissionPlan;
import org.citycoop.dispatch.ReportResponse;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.TestStudies;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.funding.ApplicationDraft;
import org.citycoop.funding.ApplicationReview;
import org.citycoop.funding.BudgetLine;
import org.citycoop.funding.FundingAgreementInput;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingDecisionInput;
import org.citycoop.funding.FundingFixtures;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.Instalment;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.funding.SchemeChoice;
import org.citycoop.project.AgreementInput;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.training.TrainingFixture;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingSession;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * Drives a fresh project to one user task, so that its screen can be opened as a real instance: each
 * method proposes a new project and does the steps before the task through the services its screens
 * call (as the people whose tasks they are), and returns the id of the open task. Late steps of the
 * main process, whose earlier phases run as building blocks of their own, start the main process just
 * before the task on a project whose agreement the partner has confirmed.
 */
@Component
class ScreenTasks {

    /** Enough of a PDF for the upload's content check. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String JICA = "JICA_GRASSROOTS_LG";
    private static final LocalDate START = LocalDate.of(2027, 4, 1);
    private static final LocalDate END = LocalDate.of(2029, 3, 31);

    private final ProjectService projects;
    private final ProjectLifecycleService lifecycle;
    private final ProjectProcessFixture mainProcess;
    private final WorkflowService workflow;
    private final FeasibilityService feasibility;
    private final FundingService funding;
    private final FundingFixtures fundingFixtures;
    private final TrainingService training;
    private final TrainingFixture trainingFixture;
    private final DispatchService dispatches;
    private final DispatchFixture dispatchFixture;
    private final FollowUpFixtures followUps;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final ManagementService management;
    private final TestUsers users;

    @SuppressWarnings("java:S107") // one collaborator per phase of the lifecycle
    ScreenTasks(ProjectService projects, ProjectLifecycleService lifecycle, ProjectProcessFixture mainProcess, WorkflowService workflow,
                FeasibilityService feasibility, FundingService funding, FundingFixtures fundingFixtures, TrainingService training,
                TrainingFixture trainingFixture, DispatchService dispatches, DispatchFixture dispatchFixture, FollowUpFixtures followUps,
                RuntimeService runtime, TaskService engineTasks, ManagementService management, TestUsers users) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.mainProcess = mainProcess;
        this.workflow = workflow;
        this.feasibility = feasibility;
        this.funding = funding;
        this.fundingFixtures = fundingFixtures;
        this.training = training;
        this.trainingFixture = trainingFixture;
        this.dispatches = dispatches;
        this.dispatchFixture = dispatchFixture;
        this.followUps = followUps;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.management = management;
        this.users = users;
    }

    // --- the main process ---

    String screenProposal() {
        return open(proposed().code(), ProjectProcess.TASK_SCREEN_PROPOSAL);
    }

    String reviseProposal() {
        Project project = proposed();
        projects.screen(open(project.code(), ProjectProcess.TASK_SCREEN_PROPOSAL), ScreeningDecision.RETURN,
                "Name the three markets the compost comes from.", user("kitakyushu.manager"));
        return open(project.code(), ProjectProcess.TASK_REVISE_PROPOSAL);
    }

    /** A project of the Clean Authority of Tokyo (a cooperative) screened: its member wards are asked to consent. */
    String giveConsent(String delegate) {
        Project project = projects.propose(TestProposals.of("Incineration know-how " + UUID.randomUUID(), "KUL"), user("cat23.officer"));
        projects.screen(open(project.code(), ProjectProcess.TASK_SCREEN_PROPOSAL), ScreeningDecision.APPROVE, "", user("cat23.manager"));
        return workflow.openTasksOf(project.code(), Actor.of(user(delegate))).stream()
                .filter(task -> task.taskDefinitionKey().equals(ProjectProcess.TASK_GIVE_CONSENT)).findFirst().orElseThrow().id();
    }

    String confirmAgreement() {
        return open(screened().code(), ProjectProcess.TASK_CONFIRM_AGREEMENT);
    }

    /** A task of the main process after the agreement, reached by starting the process just before it. */
    String laterMainTask(String taskKey) {
        Project project = agreed();
        mainProcess.startAt(project, taskKey, Map.of(ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())));
        return open(project.code(), taskKey);
    }

    String submitActionPlan() {
        return open(followUps.projectAtActionPlan().code(), ProjectProcess.TASK_SUBMIT_ACTION_PLAN);
    }

    // --- feasibility study ---

    String defineScope() {
        return open(inFeasibility(), FeasibilityProcess.TASK_DEFINE_SCOPE);
    }

    String conductSurvey() {
        String code = inFeasibility();
        feasibility.defineScope(open(code, FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer());
        return open(code, FeasibilityProcess.TASK_CONDUCT_SURVEY);
    }

    String uploadReport() {
        String code = inFeasibility();
        feasibility.defineScope(open(code, FeasibilityProcess.TASK_DEFINE_SCOPE), TestStudies.scope(), officer());
        feasibility.recordSurvey(open(code, FeasibilityProcess.TASK_CONDUCT_SURVEY), TestStudies.survey(), officer());
        return open(code, FeasibilityProcess.TASK_UPLOAD_REPORT);
    }

    String reviewStudy() {
        String uploadTask = uploadReport();
        String code = codeOf(uploadTask);
        feasibility.submitReport(uploadTask, TestStudies.findings(), "fs-report.pdf", PDF, officer());
        return open(code, FeasibilityProcess.TASK_REVIEW_STUDY);
    }

    // --- funding ---

    String chooseScheme() {
        return open(applyingForFunding(), FundingProcess.TASK_CHOOSE_SCHEME);
    }

    String draftApplication() {
        String code = applyingForFunding();
        choose(code);
        return open(code, FundingProcess.TASK_DRAFT_APPLICATION);
    }

    String approveApplication() {
        String code = applyingForFunding();
        choose(code);
        funding.submitDraft(open(code, FundingProcess.TASK_DRAFT_APPLICATION), draft(), officer());
        return open(code, FundingProcess.TASK_APPROVE_APPLICATION);
    }

    String screenApplication() {
        return open(fundingFixtures.applicationAtScreening(), FundingProcess.TASK_SCREEN_APPLICATION);
    }

    String decideApplication() {
        return open(screenedApplication(), FundingProcess.TASK_DECIDE_APPLICATION);
    }

    String reviseApplication() {
        String code = screenedApplication();
        FundingDecisionInput revision = new FundingDecisionInput();
        revision.setDecision(FundingDecision.REVISE);
        revision.setReason("Split the budget by fiscal year.");
        revision.setRevisionDeadline(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20));
        funding.decide(open(code, FundingProcess.TASK_DECIDE_APPLICATION), revision, user("jica.reviewer"));
        return open(code, FundingProcess.TASK_REVISE_APPLICATION);
    }

    String recordAgreement() {
        String code = screenedApplication();
        FundingDecisionInput approval = new FundingDecisionInput();
        approval.setDecision(FundingDecision.APPROVE);
        approval.setApprovedAmountJpy(20_000_000L);
        funding.decide(open(code, FundingProcess.TASK_DECIDE_APPLICATION), approval, user("jica.reviewer"));
        return open(code, FundingProcess.TASK_RECORD_AGREEMENT);
    }

    /** The agreement recorded, the first reporting period ends: the officer's report is due. */
    String submitFundingReport() {
        String recordTask = recordAgreement();
        String code = codeOf(recordTask);
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
        FundingAgreementInput agreement = new FundingAgreementInput();
        agreement.setApprovedAmountJpy(20_000_000L);
        agreement.setContractStart(start);
        agreement.setContractEnd(start.plusMonths(12).minusDays(1));
        agreement.setInstalments(List.of(new Instalment(start, 12_000_000L), new Instalment(start.plusMonths(12).minusDays(1), 8_000_000L)));
        funding.recordAgreement(recordTask, agreement, officer());
        Job firstPeriodEnds = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.REPORT_PROCESS_KEY).list().stream()
                .map(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult())
                .filter(job -> job != null).min(Comparator.comparing(Job::getDuedate)).orElseThrow();
        management.executeJob(firstPeriodEnds.getId());
        return open(code, FundingProcess.TASK_SUBMIT_REPORT);
    }

    // --- training ---

    String designCurriculum() {
        return open(trainingFixture.plannedProgramme("Composting training").projectCode(), TrainingProcess.TASK_DESIGN_CURRICULUM);
    }

    String nominateTrainees() {
        String code = trainingFixture.plannedProgramme("Composting training").projectCode();
        training.designCurriculum(open(code, TrainingProcess.TASK_DESIGN_CURRICULUM), TrainingFixture.curriculum(), officer());
        return open(code, TrainingProcess.TASK_NOMINATE_TRAINEES);
    }

    String confirmTrainees() {
        String code = trainingFixture.plannedProgramme("Composting training").projectCode();
        training.designCurriculum(open(code, TrainingProcess.TASK_DESIGN_CURRICULUM), TrainingFixture.curriculum(), officer());
        training.nominateTrainees(open(code, TrainingProcess.TASK_NOMINATE_TRAINEES), TrainingFixture.trainees(), partner());
        return open(code, TrainingProcess.TASK_CONFIRM_TRAINEES);
    }

    String prepareLogistics() {
        String confirm = confirmTrainees();
        String code = codeOf(confirm);
        training.confirmTrainees(confirm, true, "", officer());
        return open(code, TrainingProcess.TASK_PREPARE_LOGISTICS);
    }

    String recordSession() {
        return open(atSessions(), TrainingProcess.TASK_RECORD_SESSION);
    }

    String submitActionPlans() {
        String code = atSessions();
        List<Long> trainees = trainees(code);
        training.recordSession(open(code, TrainingProcess.TASK_RECORD_SESSION), TrainingFixture.session(Set.copyOf(trainees)), true,
                officer());
        return open(code, TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
    }

    String evaluateProgramme() {
        String plans = submitActionPlans();
        String code = codeOf(plans);
        trainees(code).forEach(trainee -> training.saveActionPlan(plans, TrainingFixture.plan(trainee), partner()));
        training.submitActionPlans(plans, partner());
        return open(code, TrainingProcess.TASK_EVALUATE_PROGRAMME);
    }

    // --- specialist dispatch ---

    String writeTermsOfReference() {
        return dispatchFixture.task(newDispatch(), DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);
    }

    String selectSpecialists() {
        String dispatch = newDispatch();
        dispatches.writeTermsOfReference(dispatchFixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE),
                DispatchFixture.TERMS, officer());
        return dispatchFixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);
    }

    /** A mission to Myanmar, at travel-safety level 3: the plan is blocked. */
    String resolveSafetyBlock() {
        return planned(DispatchFixture.plan("MM", 7, 1_200_000L), DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK);
    }

    String approveAsManager() {
        return planned(DispatchFixture.plan("ID", 7, 1_200_000L), DispatchProcess.TASK_APPROVE_BY_MANAGER);
    }

    /** Twenty days abroad: after the manager, the head of the organisation approves. */
    String approveAsHead() {
        String managerTask = planned(DispatchFixture.plan("ID", 20, 1_000_000L), DispatchProcess.TASK_APPROVE_BY_MANAGER);
        String dispatch = instanceOf(managerTask);
        dispatches.decide(managerTask, ApprovalDecision.APPROVE, null, user("kitakyushu.manager"));
        return dispatchFixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD);
    }

    String submitMissionReport() {
        String managerTask = approveAsManager();
        String dispatch = instanceOf(managerTask);
        dispatches.decide(managerTask, ApprovalDecision.APPROVE, null, user("kitakyushu.manager"));
        dispatchFixture.fireReturnTimer(dispatch);
        return dispatchFixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT);
    }

    String acknowledgeReport() {
        String reportTask = submitMissionReport();
        String dispatch = instanceOf(reportTask);
        dispatches.submitMissionReport(reportTask, "Site survey and five days of on-the-job training.",
                "The site floods in the rainy season.", "Raise the windrow pad by 30 cm.", null, null, officer());
        return dispatchFixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT);
    }

    String answerQuestion() {
        String acknowledgeTask = acknowledgeReport();
        String dispatch = instanceOf(acknowledgeTask);
        dispatches.respondToReport(acknowledgeTask, ReportResponse.ASK_QUESTION, "Who maintains the pad?", partner());
        return dispatchFixture.task(dispatch, DispatchProcess.TASK_ANSWER_QUESTION);
    }

    // --- follow-up ---

    String setSchedule() {
        return followUps.task(followUps.projectInFollowUp(), FollowUpProcess.TASK_SET_SCHEDULE).getId();
    }

    String reportProgress() {
        Project project = followUps.scheduledProject("R1/P6M");
        followUps.roundDue(project);
        return followUps.task(project, FollowUpProcess.TASK_REPORT_PROGRESS).getId();
    }

    String reviewProgress() {
        Project project = followUps.scheduledProject("R1/P6M");
        followUps.roundDue(project);
        followUps.report(project, "5", "12");
        return followUps.task(project, FollowUpProcess.TASK_REVIEW_PROGRESS).getId();
    }

    // --- the steps shared above ---

    Project proposed() {
        return projects.propose(TestProposals.of("Market waste composting " + UUID.randomUUID(), "SBY"), officer());
    }

    private Project screened() {
        Project project = proposed();
        projects.screen(open(project.code(), ProjectProcess.TASK_SCREEN_PROPOSAL), ScreeningDecision.APPROVE, "", user("kitakyushu.manager"));
        return project;
    }

    private Project agreed() {
        Project project = screened();
        lifecycle.confirmAgreement(open(project.code(), ProjectProcess.TASK_CONFIRM_AGREEMENT), new AgreementInput("Mayor of Kitakyushu",
                "Mayor of Surabaya", START.minusMonths(1), END.plusYears(1), null, null), partner());
        return project;
    }

    private String inFeasibility() {
        Project project = proposed();
        workflow.startProcess(FeasibilityProcess.PROCESS_KEY, project.code(), Map.of(ScopeVariables.LEAD_ORGANISATION, "KIT",
                ScopeVariables.PARTNER_ORGANISATION, "SBY"), Actor.of(officer()));
        return project.code();
    }

    private String applyingForFunding() {
        Project project = proposed();
        workflow.startProcess(FundingProcess.PROCESS_KEY, project.code(), Map.of(ScopeVariables.LEAD_ORGANISATION, "KIT",
                ScopeVariables.PARTNER_ORGANISATION, "SBY"), Actor.of(officer()));
        return project.code();
    }

    private void choose(String code) {
        SchemeChoice choice = new SchemeChoice();
        choice.setSchemeCode(JICA);
        choice.setRequestedAmountJpy(24_000_000L);
        choice.setDurationMonths(24);
        funding.chooseScheme(open(code, FundingProcess.TASK_CHOOSE_SCHEME), choice, officer());
    }

    private String screenedApplication() {
        String code = fundingFixtures.applicationAtScreening();
        FundingScheme scheme = funding.schemes().stream().filter(found -> found.code().equals(JICA)).findFirst().orElseThrow();
        ApplicationReview review = new ApplicationReview();
        scheme.criteria().forEach(criterion -> review.getScores().put(criterion.code(), 4));
        scheme.checklist().forEach(item -> review.getFulfilledItems().add(item.code()));
        review.setComment("Clear plan; the counterpart letter is attached.");
        funding.screen(open(code, FundingProcess.TASK_SCREEN_APPLICATION), review, user("jica.reviewer"));
        return code;
    }

    private String atSessions() {
        String code = trainingFixture.plannedProgramme("Composting training").projectCode();
        trainingFixture.runToSessions(code);
        return code;
    }

    private List<Long> trainees(String code) {
        return trainingFixture.programme(code).trainees().stream().map(trainee -> trainee.id()).toList();
    }

    private String newDispatch() {
        return dispatchFixture.start(dispatchFixture.project("Compost centre mission")).getId();
    }

    private String planned(MissionPlan plan, String expectedTask) {
        String dispatch = newDispatch();
        dispatches.writeTermsOfReference(dispatchFixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE),
                DispatchFixture.TERMS, officer());
        dispatches.planMission(dispatchFixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), plan, officer());
        return dispatchFixture.task(dispatch, expectedTask);
    }

    /** The project code of a task: its process's business key. */
    String codeOf(String taskId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceOf(taskId)).singleResult().getBusinessKey();
    }

    private String instanceOf(String taskId) {
        return engineTasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    /** The one open task {@code key} of the project (of whichever of its processes). */
    private String open(String code, String key) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).list();
        if (open.size() != 1) {
            throw new IllegalStateException(code + ": expected one open " + key + ", found " + open.size());
        }
        return open.get(0).getId();
    }

    private static ApplicationDraft draft() {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setObjectives("Halve the organic waste landfilled in Surabaya by home composting.");
        draft.setActivities("Training of Surabaya staff in Kitakyushu; dispatch of composting specialists.");
        draft.setDurationMonths(24);
        draft.setRequestedAmountJpy(24_000_000L);
        draft.setBudgetLines(List.of(new BudgetLine("Training in Kitakyushu", 14_000_000L), new BudgetLine("Dispatch of specialists", 10_000_000L)));
        return draft;
    }

    CityCoopUser user(String username) {
        return users.get(username);
    }

    private CityCoopUser officer() {
        return user("kitakyushu.officer");
    }

    private CityCoopUser partner() {
        return user("surabaya.partner");
    }
}

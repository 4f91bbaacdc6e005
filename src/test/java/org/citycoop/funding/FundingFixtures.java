package org.citycoop.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * What the funding tests share: a Kitakyushu project with Surabaya (Indonesia, Southeast Asia)
 * proposed through the real service, its funding process started the way the main process
 * calls it, and the steps that carry business data done through {@link FundingService}.
 */
@Component
public class FundingFixtures {

    static final String JICA = "JICA_GRASSROOTS_LG";
    static final String MOEJ = "MOE_JCM_C2C";

    private final ProjectService projects;
    private final WorkflowService workflow;
    private final FundingService funding;
    private final TestUsers users;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;

    FundingFixtures(ProjectService projects, WorkflowService workflow, FundingService funding, TestUsers users, TaskService tasks,
                    RuntimeService runtime, ManagementService management, HistoryService history) {
        this.projects = projects;
        this.workflow = workflow;
        this.funding = funding;
        this.users = users;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
    }

    CityCoopUser officer() {
        return users.get("kitakyushu.officer");
    }

    CityCoopUser manager() {
        return users.get("kitakyushu.manager");
    }

    CityCoopUser jicaReviewer() {
        return users.get("jica.reviewer");
    }

    /** A project of Kitakyushu with Surabaya whose funding application process has started; returns the project code. */
    String projectApplyingForFunding() {
        Project project = projects.propose(TestProposals.of("Funding " + UUID.randomUUID(), "SBY"), officer());
        workflow.startProcess(FundingProcess.PROCESS_KEY, project.code(), Map.of(
                ScopeVariables.LEAD_ORGANISATION, "KIT", ScopeVariables.PARTNER_ORGANISATION, "SBY"), Actor.of(officer()));
        return project.code();
    }

    ProcessInstance instance(String code) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.PROCESS_KEY).singleResult();
    }

    /** The open task of the funding process of a project, or null. */
    Task task(String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).processDefinitionKey(FundingProcess.PROCESS_KEY)
                .singleResult();
    }

    public String taskId(String code, String taskDefinitionKey) {
        Task task = task(code);
        if (task == null || !task.getTaskDefinitionKey().equals(taskDefinitionKey)) {
            throw new AssertionError("Expected " + taskDefinitionKey + " open for " + code + " but found "
                    + (task == null ? "none" : task.getTaskDefinitionKey()));
        }
        return task.getId();
    }

    void chooseScheme(String code, String scheme, long amount, int months) {
        SchemeChoice choice = new SchemeChoice();
        choice.setSchemeCode(scheme);
        choice.setRequestedAmountJpy(amount);
        choice.setDurationMonths(months);
        funding.chooseScheme(taskId(code, FundingProcess.TASK_CHOOSE_SCHEME), choice, officer());
    }

    static ApplicationDraft draft(int months, long requested, BudgetLine... lines) {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setObjectives("Halve the organic waste landfilled in Surabaya by home composting.");
        draft.setActivities("Training of Surabaya staff in Kitakyushu; dispatch of composting specialists.");
        draft.setDurationMonths(months);
        draft.setRequestedAmountJpy(requested);
        draft.setBudgetLines(List.of(lines));
        return draft;
    }

    static ApplicationDraft jicaDraft() {
        return draft(24, 24_000_000L, new BudgetLine("Training in Kitakyushu", 14_000_000L),
                new BudgetLine("Dispatch of specialists", 10_000_000L));
    }

    void submitDraft(String code, ApplicationDraft draft) {
        funding.submitDraft(taskId(code, FundingProcess.TASK_DRAFT_APPLICATION), draft, officer());
    }

    /** An eligible JICA application, drafted and approved internally, submitted and waiting for screening by JICA. */
    public String applicationAtScreening() {
        return applicationAtScreening(JICA, jicaDraft());
    }

    /** An eligible MoE JCM study application of Kitakyushu, submitted and waiting for screening by MOEJ. */
    public String moejApplicationAtScreening() {
        return applicationAtScreening(MOEJ, draft(12, 18_000_000L, new BudgetLine("Field study in Surabaya", 18_000_000L)));
    }

    private String applicationAtScreening(String scheme, ApplicationDraft draft) {
        String code = approvedForSubmission(scheme, draft);
        runSubmission(code);
        taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        return code;
    }

    /**
     * An eligible JICA application, drafted and approved internally: its asynchronous step "Submit
     * funding application" is the job executor's next; returns the project code.
     */
    public String approvedForSubmission() {
        return approvedForSubmission(JICA, jicaDraft());
    }

    private String approvedForSubmission(String scheme, ApplicationDraft draft) {
        String code = projectApplyingForFunding();
        chooseScheme(code, scheme, draft.getRequestedAmountJpy(), draft.getDurationMonths());
        submitDraft(code, draft);
        funding.approveInternally(taskId(code, FundingProcess.TASK_APPROVE_APPLICATION), InternalApprovalDecision.APPROVE, "",
                manager());
        return code;
    }

    /**
     * A JICA application that was screened, sent back for a revision of its budget (split by fiscal
     * year, ¥22,000,000 instead of ¥24,000,000), revised and submitted again: waiting for screening.
     */
    public String resubmittedApplication() {
        String code = applicationAtScreening();
        funding.screen(taskId(code, FundingProcess.TASK_SCREEN_APPLICATION), review(scheme(JICA), 3), jicaReviewer());
        FundingDecisionInput revision = new FundingDecisionInput();
        revision.setDecision(FundingDecision.REVISE);
        revision.setReason("Split the budget by fiscal year.");
        revision.setRevisionDeadline(inDays(20));
        funding.decide(taskId(code, FundingProcess.TASK_DECIDE_APPLICATION), revision, jicaReviewer());
        funding.revise(taskId(code, FundingProcess.TASK_REVISE_APPLICATION), draft(24, 22_000_000L,
                new BudgetLine("Training FY1", 12_000_000L), new BudgetLine("Training FY2", 10_000_000L)), officer());
        runSubmission(code);
        taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        return code;
    }

    ApplicationReview review(FundingScheme scheme, int score) {
        ApplicationReview review = new ApplicationReview();
        scheme.criteria().forEach(criterion -> review.getScores().put(criterion.code(), score));
        review.getFulfilledItems().add(scheme.checklist().get(0).code());
        review.setComment("Clear plan; Surabaya's counterpart letter is attached.");
        return review;
    }

    FundingScheme scheme(String code) {
        return funding.schemes().stream().filter(scheme -> scheme.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Waits for the asynchronous "Submit funding application" job, which the application's job
     * executor takes at once; runs it here if the executor has not within a few seconds, and
     * rethrows what made it fail.
     */
    void runSubmission(String code) {
        ProcessInstance instance = instance(code);
        long start = System.currentTimeMillis();
        RuntimeException last = null;
        while (System.currentTimeMillis() < start + 30_000) {
            Job job = management.createJobQuery().processInstanceId(instance.getId())
                    .activityId(FundingProcess.TASK_SUBMIT_APPLICATION).singleResult();
            if (job == null) {
                return;
            }
            if (System.currentTimeMillis() > start + 3_000) {
                try {
                    management.executeJob(job.getId());
                    return;
                } catch (ProcessEngineException racingOrFailing) {
                    last = racingOrFailing;
                }
            }
            sleep();
        }
        throw new AssertionError("The submission job of " + code + " did not run", last);
    }

    /** Fires the revision deadline timer as if the deadline had passed. */
    void passRevisionDeadline(String code) {
        Job timer = management.createJobQuery().processInstanceId(instance(code).getId())
                .activityId(FundingProcess.TIMER_REVISION_DEADLINE).singleResult();
        management.executeJob(timer.getId());
    }

    Job revisionTimer(String code) {
        return management.createJobQuery().processInstanceId(instance(code).getId())
                .activityId(FundingProcess.TIMER_REVISION_DEADLINE).singleResult();
    }

    /** The value a variable of the project's (possibly ended) funding process had last. */
    Object finalVariable(String code, String name) {
        String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.PROCESS_KEY).singleResult().getId();
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /**
     * A JICA-funded project whose agreement (¥20,000,000, two instalments) has just been recorded
     * for the given contract period; returns the project code.
     */
    String agreedProject(LocalDate start, LocalDate end) {
        String code = applicationAtScreening();
        funding.screen(taskId(code, FundingProcess.TASK_SCREEN_APPLICATION), review(scheme(JICA), 4), jicaReviewer());
        funding.decide(taskId(code, FundingProcess.TASK_DECIDE_APPLICATION), approval(20_000_000L), jicaReviewer());
        funding.recordAgreement(taskId(code, FundingProcess.TASK_RECORD_AGREEMENT), agreement(20_000_000L, start, end,
                new Instalment(start, 12_000_000L), new Instalment(end, 8_000_000L)), officer());
        return code;
    }

    static FundingDecisionInput approval(long amount) {
        FundingDecisionInput decision = new FundingDecisionInput();
        decision.setDecision(FundingDecision.APPROVE);
        decision.setApprovedAmountJpy(amount);
        return decision;
    }

    static FundingAgreementInput agreement(long amount, LocalDate start, LocalDate end, Instalment... instalments) {
        FundingAgreementInput agreement = new FundingAgreementInput();
        agreement.setApprovedAmountJpy(amount);
        agreement.setContractStart(start);
        agreement.setContractEnd(end);
        agreement.setInstalments(List.of(instalments));
        return agreement;
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(days);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

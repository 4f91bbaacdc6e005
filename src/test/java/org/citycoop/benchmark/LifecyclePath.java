package org.citycoop.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citycoop.funding.ApplicationDraft;
import org.citycoop.funding.ApplicationReview;
import org.citycoop.funding.BudgetLine;
import org.citycoop.funding.FundingAgreementInput;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingDecisionInput;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.Instalment;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.funding.SchemeChoice;
import org.citycoop.project.AgreementInput;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;

/**
 * The way the lifecycle scenario drives one project through the main process and its funding building
 * block, each step by the service its screen calls, as the person whose task it is: the officer proposes,
 * the manager approves at screening, the partner city confirms the agreement, the officer chooses JICA's
 * scheme and drafts the application, the manager approves it, the engine submits it (an asynchronous job),
 * JICA's reviewer screens and approves it, the officer records the funding agreement and plans a training
 * programme and a dispatch. Each task is found as the project page finds it ({@link WorkflowService#openTasksOf}).
 */
final class LifecyclePath {

    /** The lead's officer and manager, the partner city's coordinator and the agency's reviewer of one worker. */
    record Crew(CityCoopUser officer, CityCoopUser manager, CityCoopUser partner, CityCoopUser reviewer) { }

    /** A step of the path; {@code completesTask} is false for the proposal, which starts the process. */
    record Step(String name, boolean completesTask) { }

    /** Runs a step's service call: times it, or records its statements. */
    interface StepRunner {
        void run(Step step, Runnable call);
    }

    static final String SCHEME = "JICA_GRASSROOTS_LG";
    static final Step PROPOSE = new Step("Propose project (starts the process)", false);
    /** The first step after the asynchronous submission: its task appears once the job executor has run the job. */
    static final Step SCREEN_APPLICATION = new Step("Screen application (agency)", true);
    private static final long AMOUNT = 24_000_000L;
    private static final int MONTHS = 24;
    private static final LocalDate START = LocalDate.of(2027, 4, 1);
    private static final LocalDate END = LocalDate.of(2029, 3, 31);
    /** How long a worker waits for the submission job before it counts the project as failed. */
    private static final long ASYNC_LIMIT_NANOS = 30_000_000_000L;

    /** The user tasks completed per project, in order: the task's key, who completes it, and how. */
    private final List<TaskStep> tasks;
    private final ProjectService projects;
    private final WorkflowService workflow;

    private record TaskStep(Step step, String taskKey, Function<Crew, CityCoopUser> actor, TaskCompletion completion) { }

    private interface TaskCompletion {
        void complete(String taskId, Crew crew);
    }

    LifecyclePath(ProjectService projects, ProjectLifecycleService lifecycle, FundingService funding,
                  ImplementationService implementation, WorkflowService workflow) {
        this.projects = projects;
        this.workflow = workflow;
        FundingScheme scheme = funding.schemes().stream().filter(found -> found.code().equals(SCHEME)).findFirst().orElseThrow();
        this.tasks = List.of(
                task("Screen proposal (approve)", ProjectProcess.TASK_SCREEN_PROPOSAL, Crew::manager,
                        (id, crew) -> projects.screen(id, ScreeningDecision.APPROVE, "", crew.manager())),
                task("Confirm agreement", ProjectProcess.TASK_CONFIRM_AGREEMENT, Crew::partner,
                        (id, crew) -> lifecycle.confirmAgreement(id, new AgreementInput("Mayor of the lead city",
                                "Mayor of the partner city", START.minusMonths(1), END.plusYears(1), null, null), crew.partner())),
                task("Choose funding scheme (eligibility decided)", FundingProcess.TASK_CHOOSE_SCHEME, Crew::officer,
                        (id, crew) -> chooseEligibleScheme(funding, id, crew)),
                task("Draft funding application", FundingProcess.TASK_DRAFT_APPLICATION, Crew::officer,
                        (id, crew) -> funding.submitDraft(id, draft(), crew.officer())),
                task("Approve application internally (submission job follows)", FundingProcess.TASK_APPROVE_APPLICATION,
                        Crew::manager, (id, crew) -> funding.approveInternally(id, InternalApprovalDecision.APPROVE, "", crew.manager())),
                new TaskStep(SCREEN_APPLICATION, FundingProcess.TASK_SCREEN_APPLICATION, Crew::reviewer,
                        (id, crew) -> funding.screen(id, review(scheme), crew.reviewer())),
                task("Decide on application (approve)", FundingProcess.TASK_DECIDE_APPLICATION, Crew::reviewer,
                        (id, crew) -> funding.decide(id, approval(), crew.reviewer())),
                task("Record funding agreement (report processes start)", FundingProcess.TASK_RECORD_AGREEMENT, Crew::officer,
                        (id, crew) -> funding.recordAgreement(id, agreement(), crew.officer())),
                task("Plan implementation (training and dispatch start)", ProjectProcess.TASK_PLAN_IMPLEMENTATION, Crew::officer,
                        (id, crew) -> implementation.plan(id, List.of(
                                new PlannedItem(PlannedItem.ItemKind.TRAINING, "Composting training", START.plusMonths(2), START.plusMonths(2).plusDays(13)),
                                new PlannedItem(PlannedItem.ItemKind.DISPATCH, "Compost centre mission", START.plusMonths(5), START.plusMonths(5).plusDays(9))),
                                crew.officer())));
    }

    /** The steps of one project in order: the proposal, then every task completion. */
    List<Step> steps() {
        return Stream.concat(Stream.of(PROPOSE), tasks.stream().map(TaskStep::step)).toList();
    }

    int completionsPerProject() {
        return tasks.size();
    }

    /**
     * Drives a new project with the partner city {@code partnerCode} along the path. {@code proposed} is
     * given the project's code as soon as it exists, so that the caller can cancel it even after a failing step.
     */
    void drive(Crew crew, int number, String partnerCode, StepRunner runner, Consumer<String> proposed) {
        String[] code = new String[1];
        runner.run(PROPOSE, () -> code[0] = projects.propose(BenchmarkData.proposal(number, partnerCode), crew.officer()).code());
        proposed.accept(code[0]);
        for (TaskStep task : tasks) {
            CityCoopUser actor = task.actor().apply(crew);
            String taskId = openTask(code[0], task.taskKey(), actor);
            runner.run(task.step(), () -> task.completion().complete(taskId, crew));
        }
    }

    /**
     * The task's id as the project page shows it to the actor. Only the screening of the application
     * waits: the submission before it is the job executor's, in its own transaction after the approval.
     */
    private String openTask(String code, String taskKey, CityCoopUser actor) {
        long deadline = System.nanoTime() + ASYNC_LIMIT_NANOS;
        while (true) {
            for (WorkTask open : workflow.openTasksOf(code, Actor.of(actor))) {
                if (open.taskDefinitionKey().equals(taskKey)) {
                    return open.id();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(code + ": no task " + taskKey + " for " + actor.getUsername() + " after 30 s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static TaskStep task(String name, String taskKey, Function<Crew, CityCoopUser> actor, TaskCompletion completion) {
        return new TaskStep(new Step(name, true), taskKey, actor, completion);
    }

    private static void chooseEligibleScheme(FundingService funding, String taskId, Crew crew) {
        SchemeChoice choice = new SchemeChoice();
        choice.setSchemeCode(SCHEME);
        choice.setRequestedAmountJpy(AMOUNT);
        choice.setDurationMonths(MONTHS);
        if (!funding.chooseScheme(taskId, choice, crew.officer())) {
            throw new IllegalStateException("The benchmark's application to " + SCHEME + " was found ineligible");
        }
    }

    private static ApplicationDraft draft() {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setObjectives("Halve the organic waste landfilled in the partner city by home composting.");
        draft.setActivities("Training of the partner city's staff; dispatch of composting specialists.");
        draft.setDurationMonths(MONTHS);
        draft.setRequestedAmountJpy(AMOUNT);
        draft.setBudgetLines(List.of(new BudgetLine("Training", 14_000_000L), new BudgetLine("Dispatch of specialists", 10_000_000L)));
        return draft;
    }

    private static ApplicationReview review(FundingScheme scheme) {
        ApplicationReview review = new ApplicationReview();
        scheme.criteria().forEach(criterion -> review.getScores().put(criterion.code(), 4));
        scheme.checklist().forEach(item -> review.getFulfilledItems().add(item.code()));
        review.setComment("Clear plan; the counterpart letter is attached.");
        return review;
    }

    private static FundingDecisionInput approval() {
        FundingDecisionInput decision = new FundingDecisionInput();
        decision.setDecision(FundingDecision.APPROVE);
        decision.setApprovedAmountJpy(AMOUNT);
        return decision;
    }

    private static FundingAgreementInput agreement() {
        FundingAgreementInput agreement = new FundingAgreementInput();
        agreement.setApprovedAmountJpy(AMOUNT);
        agreement.setContractStart(START);
        agreement.setContractEnd(END);
        agreement.setInstalments(List.of(new Instalment(START, 12_000_000L), new Instalment(START.plusYears(1), 12_000_000L)));
        return agreement;
    }
}

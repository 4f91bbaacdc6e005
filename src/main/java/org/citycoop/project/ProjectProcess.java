package org.citycoop.project;

/** Names shared by {@code bpmn/project/cooperation-project.bpmn} and the code that drives it. */
public final class ProjectProcess {

    public static final String PROCESS_KEY = "CooperationProjectProcess";

    /** Routing flag set by the screening task: a {@link ScreeningDecision} name. */
    public static final String SCREENING_DECISION = "screeningDecision";

    /** Routing flags set at the start from reference data. */
    public static final String LEAD_IS_COOPERATIVE = "leadIsCooperative";
    public static final String MEMBER_ORGANISATIONS = "memberOrganisations";
    public static final String FEASIBILITY_STUDY_NEEDED = "feasibilityStudyNeeded";
    /** Routing flags set by tasks and delegates along the lifecycle. */
    public static final String CONSENT_GIVEN = "consentGiven";
    public static final String AGREEMENT_RENEWAL_REMINDER_AT = "agreementRenewalReminderAt";
    public static final String GO_AHEAD = "goAhead";
    public static final String FUNDING_OUTCOME = "fundingOutcome";
    public static final String WAY_ON = "wayOn";
    public static final String OWN_BUDGET_APPROVED = "ownBudgetApproved";
    public static final String TRAINING_PROGRAMMES = "trainingProgrammes";
    public static final String SPECIALIST_DISPATCHES = "specialistDispatches";
    public static final String IMPLEMENTATION_ITEM = "implementationItem";
    public static final String PROJECT_OUTCOME = "projectOutcome";

    public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
    public static final String TASK_GIVE_CONSENT = "Task_GiveConsent";
    public static final String TASK_CONFIRM_AGREEMENT = "Task_ConfirmAgreement";
    public static final String TASK_RENEW_AGREEMENT = "Task_RenewAgreement";
    public static final String TASK_DECIDE_GO_NO_GO = "Task_DecideGoNoGo";
    public static final String TASK_CHOOSE_WAY_AFTER_REJECTION = "Task_ChooseWayAfterRejection";
    public static final String TASK_APPROVE_OWN_BUDGET = "Task_ApproveOwnBudget";
    public static final String TASK_PLAN_IMPLEMENTATION = "Task_PlanImplementation";
    public static final String TASK_SUBMIT_ACTION_PLAN = "Task_SubmitActionPlan";
    public static final String TASK_WRITE_COMPLETION_REPORT = "Task_WriteCompletionReport";
    public static final String TASK_EVALUATE_PROJECT = "Task_EvaluateProject";
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

    public static final String FORM_PROPOSE = "project/propose";
    public static final String FORM_SCREEN_PROPOSAL = "project/screen-proposal";
    public static final String FORM_REVISE_PROPOSAL = "project/revise-proposal";
    public static final String FORM_GIVE_CONSENT = "project/give-consent";
    public static final String FORM_CONFIRM_AGREEMENT = "project/confirm-agreement";
    public static final String FORM_RENEW_AGREEMENT = "project/renew-agreement";
    public static final String FORM_DECIDE_GO_NO_GO = "project/decide-go-no-go";
    public static final String FORM_CHOOSE_WAY_AFTER_REJECTION = "project/choose-way-after-rejection";
    public static final String FORM_APPROVE_OWN_BUDGET = "project/approve-own-budget";
    public static final String FORM_PLAN_IMPLEMENTATION = "project/plan-implementation";
    public static final String FORM_SUBMIT_ACTION_PLAN = "project/submit-action-plan";
    public static final String FORM_WRITE_COMPLETION_REPORT = "project/write-completion-report";
    public static final String FORM_EVALUATE_PROJECT = "project/evaluate";

    private ProjectProcess() {
    }
}

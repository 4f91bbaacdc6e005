package org.citycoop.funding;

/** Names shared by {@code bpmn/funding/funding-application.bpmn}, {@code funding-eligibility.dmn} and the code that drives them. */
public final class FundingProcess {

    public static final String PROCESS_KEY = "FundingApplicationProcess";
    public static final String DECISION_KEY = "FundingEligibility";
    /** {@code bpmn/funding/funding-report.bpmn}: one instance per reporting duty of an agreement. */
    public static final String REPORT_PROCESS_KEY = "FundingReportProcess";

    /** Id of the application row this process instance works on; set when the scheme is chosen. */
    public static final String APPLICATION_ID = "fundingApplicationId";
    /** Routing flag set after the eligibility check. */
    public static final String ELIGIBLE = "eligible";
    /** Routing flag of the internal approval: an {@link InternalApprovalDecision} name. */
    public static final String INTERNAL_APPROVAL = "internalApproval";
    /** Routing flag of the agency's decision: a {@link FundingDecision} name. */
    public static final String FUNDING_DECISION = "fundingDecision";
    /** When a requested revision lapses (a date): the timer of the revision task and its due date. */
    public static final String REVISION_DEADLINE = "revisionDeadline";
    /** The outcome for the calling process: a {@link FundingOutcome} name. */
    public static final String FUNDING_OUTCOME = "fundingOutcome";
    /** Id of the funding_reporting_duty row a report process delivers. */
    public static final String REPORTING_DUTY_ID = "reportingDutyId";
    /** When the report task appears (end of the reporting period) and when it is due (dates of the duty). */
    public static final String REPORT_OPENS_AT = "reportOpensAt";
    public static final String REPORT_DUE_AT = "reportDueAt";
    /** The BPMN error code when the engine cannot submit the application. */
    public static final String ERROR_APPLICATION_INCOMPLETE = "APPLICATION_INCOMPLETE";

    public static final String TASK_CHOOSE_SCHEME = "Task_ChooseFundingScheme";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_DRAFT_APPLICATION = "Task_DraftFundingApplication";
    public static final String TASK_APPROVE_APPLICATION = "Task_ApproveFundingApplication";
    public static final String TASK_SUBMIT_APPLICATION = "Task_SubmitFundingApplication";
    public static final String TASK_SCREEN_APPLICATION = "Task_ScreenFundingApplication";
    public static final String TASK_DECIDE_APPLICATION = "Task_DecideOnFundingApplication";
    public static final String TASK_REVISE_APPLICATION = "Task_ReviseFundingApplication";
    public static final String TASK_RECORD_AGREEMENT = "Task_RecordFundingAgreement";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitFundingReport";
    public static final String TIMER_REVISION_DEADLINE = "Timer_RevisionDeadline";

    public static final String FORM_CHOOSE_SCHEME = "funding/choose-scheme";
    public static final String FORM_DRAFT_APPLICATION = "funding/draft-application";
    public static final String FORM_APPROVE_APPLICATION = "funding/approve-application";
    public static final String FORM_SCREEN_APPLICATION = "funding/screen-application";
    public static final String FORM_DECIDE_APPLICATION = "funding/decide-application";
    public static final String FORM_REVISE_APPLICATION = "funding/revise-application";
    public static final String FORM_RECORD_AGREEMENT = "funding/record-agreement";
    public static final String FORM_SUBMIT_REPORT = "funding/submit-report";

    private FundingProcess() {
    }
}

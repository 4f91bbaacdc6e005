package org.citycoop.dispatch;

/** Names shared by {@code bpmn/dispatch/specialist-dispatch.bpmn}, {@code dispatch-approval.dmn} and the code that drives them. */
public final class DispatchProcess {

    public static final String PROCESS_KEY = "SpecialistDispatchProcess";
    public static final String DECISION_KEY = "DispatchApproval";

    /** In: id of the DISPATCH {@code implementation_item} row the officer planned (or a follow-up visit's row). */
    public static final String IMPLEMENTATION_ITEM = "implementationItem";
    /** Id of the dispatch row; set when the terms of reference are written. */
    public static final String DISPATCH_ID = "dispatchId";
    /** The mission's return date (a date): the timer after which the mission report is due. */
    public static final String RETURN_DATE = "returnDate";
    /** Routing flags. */
    public static final String TRAVEL_SAFE = "travelSafe";
    /** A {@link SafetyBlockChoice} name. */
    public static final String SAFETY_BLOCK_CHOICE = "safetyBlockChoice";
    /** An {@link ApprovalLevel} name, the output of the decision. */
    public static final String APPROVAL_LEVEL = "approvalLevel";
    public static final String DISPATCH_APPROVED = "dispatchApproved";
    public static final String REPORT_ACKNOWLEDGED = "reportAcknowledged";
    /** Inputs of the decision, given as transient variables only. */
    public static final String COST_ESTIMATE_JPY = "costEstimateJpy";
    public static final String DURATION_DAYS = "durationDays";

    public static final String TASK_WRITE_TERMS_OF_REFERENCE = "Task_WriteTermsOfReference";
    public static final String TASK_SELECT_SPECIALISTS = "Task_SelectSpecialists";
    public static final String TASK_CHECK_TRAVEL_SAFETY = "Task_CheckTravelSafety";
    public static final String TASK_RESOLVE_SAFETY_BLOCK = "Task_ResolveTravelSafetyBlock";
    public static final String TASK_DECIDE_APPROVERS = "Task_DecideApprovers";
    public static final String TASK_APPROVE_BY_MANAGER = "Task_ApproveDispatchByManager";
    public static final String TASK_APPROVE_BY_HEAD = "Task_ApproveDispatchByHead";
    public static final String TIMER_RETURN_DATE = "Timer_ReturnDate";
    public static final String TASK_SUBMIT_MISSION_REPORT = "Task_SubmitMissionReport";
    public static final String TASK_ACKNOWLEDGE_REPORT = "Task_AcknowledgeMissionReport";
    public static final String TASK_ANSWER_QUESTION = "Task_AnswerPartnerQuestion";

    public static final String FORM_WRITE_TERMS_OF_REFERENCE = "dispatch/write-terms-of-reference";
    public static final String FORM_SELECT_SPECIALISTS = "dispatch/select-specialists";
    public static final String FORM_RESOLVE_SAFETY_BLOCK = "dispatch/resolve-safety-block";
    public static final String FORM_APPROVE_AS_MANAGER = "dispatch/approve-as-manager";
    public static final String FORM_APPROVE_AS_HEAD = "dispatch/approve-as-head";
    public static final String FORM_SUBMIT_MISSION_REPORT = "dispatch/submit-mission-report";
    public static final String FORM_ACKNOWLEDGE_REPORT = "dispatch/acknowledge-report";
    public static final String FORM_ANSWER_QUESTION = "dispatch/answer-question";

    private DispatchProcess() {
    }
}

package org.citycoop.followup;

/** Names shared by {@code bpmn/followup/follow-up.bpmn} and the code that drives it. */
public final class FollowUpProcess {

    public static final String PROCESS_KEY = "FollowUpProcess";

    /** Id of the {@code follow_up_round} row the current round works on. */
    public static final String ROUND = "followUpRound";
    /** When the next round is due (a date; the timer waits for it). */
    public static final String NEXT_ROUND_AT = "nextRoundAt";
    /** Routing flags. */
    public static final String ROUND_REMAINING = "roundRemaining";
    public static final String PROGRESS_ACCEPTED = "progressAccepted";
    public static final String VISIT_NEEDED = "visitNeeded";
    /** Id of the {@code implementation_item} row of the follow-up visit, passed to the dispatch. */
    public static final String IMPLEMENTATION_ITEM = "implementationItem";

    public static final String TASK_SET_SCHEDULE = "Task_SetFollowUpSchedule";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TASK_REVIEW_PROGRESS = "Task_ReviewProgress";
    public static final String TIMER_ROUND_DUE = "Timer_RoundDue";
    public static final String CALL_FOLLOW_UP_VISIT = "CallActivity_FollowUpVisit";

    public static final String FORM_SET_SCHEDULE = "followup/set-schedule";
    public static final String FORM_REPORT_PROGRESS = "followup/report-progress";
    public static final String FORM_REVIEW_PROGRESS = "followup/review-progress";

    private FollowUpProcess() {
    }
}

package org.citycoop.training;

/** Names shared by {@code bpmn/training/training-programme.bpmn} and the code that drives it. */
public final class TrainingProcess {

    public static final String PROCESS_KEY = "TrainingProgrammeProcess";

    /** The id of the {@code implementation_item} row the programme runs, set by the main process. */
    public static final String IMPLEMENTATION_ITEM = "implementationItem";
    /** Routing flag of the confirmation: false sends the list back to the partner. */
    public static final String TRAINEES_CONFIRMED = "traineesConfirmed";
    /** Routing flag of a recorded session: true when it was the last one. */
    public static final String PROGRAMME_OVER = "programmeOver";

    public static final String TASK_DESIGN_CURRICULUM = "Task_DesignCurriculum";
    public static final String TASK_NOMINATE_TRAINEES = "Task_NominateTrainees";
    public static final String TASK_CONFIRM_TRAINEES = "Task_ConfirmTrainees";
    public static final String TASK_PREPARE_LOGISTICS = "Task_PrepareLogistics";
    public static final String TASK_RECORD_SESSION = "Task_RecordSession";
    public static final String TASK_SUBMIT_ACTION_PLANS = "Task_SubmitActionPlans";
    public static final String TASK_EVALUATE_PROGRAMME = "Task_EvaluateProgramme";

    public static final String FORM_DESIGN_CURRICULUM = "training/design-curriculum";
    public static final String FORM_NOMINATE_TRAINEES = "training/nominate-trainees";
    public static final String FORM_CONFIRM_TRAINEES = "training/confirm-trainees";
    public static final String FORM_PREPARE_LOGISTICS = "training/prepare-logistics";
    public static final String FORM_RECORD_SESSION = "training/record-session";
    public static final String FORM_SUBMIT_ACTION_PLANS = "training/submit-action-plans";
    public static final String FORM_EVALUATE_PROGRAMME = "training/evaluate-programme";

    /** The daily logistics check reminds of open items whose deadline is this many days away or fewer. */
    public static final int LOGISTICS_REMINDER_DAYS = 7;

    private TrainingProcess() {
    }
}

package org.citycoop.feasibility;

/** Names shared by {@code bpmn/feasibility/feasibility-study.bpmn} and the code that drives it. */
public final class FeasibilityProcess {

    public static final String PROCESS_KEY = "FeasibilityStudyProcess";

    /** Routing flag set by the review task: a {@link StudyReviewDecision} name. */
    public static final String REVIEW_DECISION = "studyReviewDecision";

    public static final String TASK_DEFINE_SCOPE = "Task_DefineStudyScope";
    public static final String TASK_CONDUCT_SURVEY = "Task_ConductFieldSurvey";
    public static final String TASK_UPLOAD_REPORT = "Task_UploadStudyReport";
    public static final String TASK_REVIEW_STUDY = "Task_ReviewFeasibilityStudy";

    public static final String FORM_DEFINE_SCOPE = "feasibility/define-scope";
    public static final String FORM_CONDUCT_SURVEY = "feasibility/conduct-survey";
    public static final String FORM_UPLOAD_REPORT = "feasibility/upload-report";
    public static final String FORM_REVIEW_STUDY = "feasibility/review-study";

    /** The document kind of a study report in the project's documents. */
    public static final String REPORT_DOCUMENT_KIND = "FEASIBILITY_REPORT";

    private FeasibilityProcess() {
    }
}

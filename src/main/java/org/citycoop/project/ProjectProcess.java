package org.citycoop.project;

/** Names shared by {@code bpmn/project/cooperation-project.bpmn} and the code that drives it. */
public final class ProjectProcess {

    public static final String PROCESS_KEY = "CooperationProjectProcess";

    /** Routing flag set by the screening task: a {@link ScreeningDecision} name. */
    public static final String SCREENING_DECISION = "screeningDecision";

    public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

    public static final String FORM_PROPOSE = "project/propose";
    public static final String FORM_SCREEN_PROPOSAL = "project/screen-proposal";
    public static final String FORM_REVISE_PROPOSAL = "project/revise-proposal";

    private ProjectProcess() {
    }
}

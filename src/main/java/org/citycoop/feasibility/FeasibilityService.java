package org.citycoop.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.SecurityLog;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.document.DocumentService;
import org.citycoop.feasibility.internal.FeasibilityRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feasibility study of a project: scope and terms of reference, field survey, report with
 * findings, and the manager's review. Each task method checks on the server that the task is
 * the user's (organisation and role, through {@link WorkflowService}) and of the right kind,
 * validates the input, and changes the study and completes the task in one transaction: a
 * refused step leaves both as they were.
 */
@Service
public class FeasibilityService {

    private static final Set<String> TASKS = Set.of(FeasibilityProcess.TASK_DEFINE_SCOPE,
            FeasibilityProcess.TASK_CONDUCT_SURVEY, FeasibilityProcess.TASK_UPLOAD_REPORT, FeasibilityProcess.TASK_REVIEW_STUDY);

    static final int MAX_COMMENT = 2000;

    private final FeasibilityRepository studies;
    private final WorkflowService workflow;
    private final DocumentService documents;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final SecurityLog securityLog;

    FeasibilityService(FeasibilityRepository studies, WorkflowService workflow, DocumentService documents,
                       InputValidator validator, AuditTrail audit, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.studies = studies;
        this.workflow = workflow;
        this.documents = documents;
        this.validator = validator;
        this.audit = audit;
    }

    /** A feasibility task with its study so far; refused when the user may not see it or it is another kind of task. */
    @Transactional(readOnly = true)
    public FeasibilityTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!TASKS.contains(taskDefinitionKey) || !taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        return new FeasibilityTask(task, task.businessKey(), studies.currentOf(projectIdOf(task)));
    }

    /** The officer defines what the study covers and its terms of reference; this starts the study record. */
    @Transactional
    public void defineScope(String taskId, StudyScope scope, CityCoopUser officer) {
        FeasibilityTask task = openTask(taskId, FeasibilityProcess.TASK_DEFINE_SCOPE, officer);
        StudyScope input = Objects.requireNonNullElseGet(scope, StudyScope::new);
        validator.check(input);
        long projectId = projectIdOf(task.task());
        studies.insert(projectId, input, officer.getUsername());
        audit.record(projectId, officer.getUsername(), "FEASIBILITY_SCOPE_DEFINED", shorten(input.getScope()));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The officer records the field survey: dates, team and the partner's contact person. */
    @Transactional
    public void recordSurvey(String taskId, FieldSurvey survey, CityCoopUser officer) {
        FeasibilityTask task = openTask(taskId, FeasibilityProcess.TASK_CONDUCT_SURVEY, officer);
        FieldSurvey input = Objects.requireNonNullElseGet(survey, FieldSurvey::new);
        validator.check(input);
        if (input.getSurveyEnd().isBefore(input.getSurveyStart())) {
            throw InvalidInputException.of("surveyEnd", "feasibility.problem.survey-end");
        }
        FeasibilityStudy study = requireStudy(task);
        studies.recordSurvey(study.id(), input, officer.getUsername());
        audit.record(projectIdOf(task.task()), officer.getUsername(), "FEASIBILITY_SURVEY_RECORDED",
                Message.of("audit-detail.period", input.getSurveyStart(), input.getSurveyEnd()));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /**
     * The officer submits the study report with its findings for review. The report file is
     * required the first time; on a revision an empty {@code content} keeps the report already
     * stored, and a new file becomes the report's next version.
     */
    @Transactional
    public void submitReport(String taskId, StudyFindings findings, String fileName, byte[] content, CityCoopUser officer) {
        FeasibilityTask task = openTask(taskId, FeasibilityProcess.TASK_UPLOAD_REPORT, officer);
        StudyFindings input = Objects.requireNonNullElseGet(findings, StudyFindings::new);
        FeasibilityStudy study = requireStudy(task);
        boolean newReport = content != null && content.length > 0;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(input);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!newReport && !study.hasReport()) {
            problems.add(FieldProblem.of("report", "feasibility.problem.report"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long projectId = projectIdOf(task.task());
        Long documentId = newReport ? documents.store(projectId, FeasibilityProcess.REPORT_DOCUMENT_KIND, "report",
                fileName, content, officer.getUsername()).id() : null;
        studies.recordFindings(study.id(), input, documentId, officer.getUsername());
        audit.record(projectId, officer.getUsername(), "FEASIBILITY_REPORT_SUBMITTED",
                newReport ? Message.of("audit-detail.feasibility-report.new", fileName, shorten(input.getRecommendedTechnology()))
                        : Message.of("audit-detail.feasibility-report.kept", shorten(input.getRecommendedTechnology())));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** A manager of the lead organisation accepts the study, or sends it back for revision with a comment. */
    @Transactional
    public void review(String taskId, StudyReviewDecision decision, String comment, CityCoopUser manager) {
        FeasibilityTask task = openTask(taskId, FeasibilityProcess.TASK_REVIEW_STUDY, manager);
        if (decision == null) {
            throw InvalidInputException.of("decision", "feasibility.problem.decision");
        }
        String cleanComment = comment == null ? "" : comment.strip();
        if (decision == StudyReviewDecision.REVISE && cleanComment.isEmpty()) {
            throw InvalidInputException.of("comment", "feasibility.problem.comment");
        }
        if (cleanComment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "problem.too-long", Message.of("problem.label.comment"), MAX_COMMENT);
        }
        FeasibilityStudy study = requireStudy(task);
        studies.recordReview(study.id(), decision, cleanComment.isEmpty() ? null : cleanComment, manager.getUsername());
        audit.record(projectIdOf(task.task()), manager.getUsername(), "FEASIBILITY_STUDY_" + decision.name(), cleanComment);
        workflow.complete(taskId, Actor.of(manager), Map.of(FeasibilityProcess.REVIEW_DECISION, decision.name()));
    }

    /**
     * The project's current feasibility study with its findings and last review, e.g. for the
     * go/no-go decision; empty when there is none or the user's organisation does not take part
     * in the project (deliberately the same answer).
     */
    @Transactional(readOnly = true)
    public Optional<FeasibilityStudy> findByProjectCode(String code, CityCoopUser user) {
        return studies.currentVisible(code, user.organisationCode());
    }

    /** The report file of the project's current study, under the same rule as {@link #findByProjectCode}; a download, logged. */
    @Transactional
    public Optional<StudyReportFile> reportOf(String code, CityCoopUser user) {
        Optional<StudyReportFile> report = studies.currentReportVisible(code, user.organisationCode());
        report.ifPresent(file -> securityLog.record(user.getUsername(), "DOCUMENT_DOWNLOADED",
                "feasibility report '" + file.fileName() + "' of project " + code));
        return report;
    }

    private FeasibilityStudy requireStudy(FeasibilityTask task) {
        return task.study().orElseThrow(() -> new IllegalStateException(
                "No feasibility study recorded for " + task.projectCode() + " at " + task.task().taskDefinitionKey()));
    }

    private long projectIdOf(WorkTask task) {
        return studies.projectId(task.businessKey()).orElseThrow(() -> new IllegalStateException(
                "Feasibility task " + task.id() + " has no project: business key " + task.businessKey()));
    }

    private static String shorten(String text) {
        String clean = text.strip();
        return clean.length() <= 200 ? clean : clean.substring(0, 199) + "…";
    }
}

package org.citycoop.funding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.Texts;
import org.citycoop.document.DocumentService;
import org.citycoop.funding.internal.FundingReportRepository;
import org.citycoop.funding.internal.FundingRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a funded project owes its agency. Each duty of an agreement runs as one
 * {@code FundingReportProcess}: it waits for the end of the reporting period, then becomes the
 * lead officer's task, due on the scheme's date.
 */
@Service
public class FundingReportService {

    static final String DOCUMENT_KIND = "FUNDING_REPORT";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int MAX_SUMMARY = 4000;

    private final FundingReportRepository reports;
    private final FundingRepository applications;
    private final DocumentService documents;
    private final WorkflowService workflow;
    private final AuditTrail audit;

    FundingReportService(FundingReportRepository reports, FundingRepository applications, DocumentService documents,
                         WorkflowService workflow, AuditTrail audit) {
        this.reports = reports;
        this.applications = applications;
        this.documents = documents;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Starts the reporting process of each duty just recorded with an agreement (same transaction). */
    void schedule(FundingProject project, List<Long> dutyIds, CityCoopUser officer) {
        for (long dutyId : dutyIds) {
            DueReport report = reports.find(dutyId).orElseThrow();
            workflow.startProcess(FundingProcess.REPORT_PROCESS_KEY, project.code(), Map.of(
                    FundingProcess.REPORTING_DUTY_ID, String.valueOf(dutyId),
                    FundingProcess.REPORT_OPENS_AT, startOfDay(report.opensOn()),
                    FundingProcess.REPORT_DUE_AT, startOfDay(report.dueOn()),
                    ScopeVariables.LEAD_ORGANISATION, project.leadCode()), Actor.of(officer));
        }
    }

    /** The report task if the user may work on it; otherwise {@link TaskNotAvailableException}. */
    @Transactional(readOnly = true)
    public FundingReportTask openTask(String taskId, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!FundingProcess.TASK_SUBMIT_REPORT.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        FundingProject project = applications.project(task.businessKey()).orElseThrow(() -> new IllegalStateException(
                "Report task " + taskId + " has no project: business key " + task.businessKey()));
        long dutyId = Long.parseLong(workflow.variable(taskId, FundingProcess.REPORTING_DUTY_ID, Actor.of(user)));
        DueReport report = reports.find(dutyId).orElseThrow(() -> new IllegalStateException("No reporting duty " + dutyId));
        return new FundingReportTask(task, project, report);
    }

    /** The officer delivers the report: a summary, and the report file when the agency wants one. */
    @Transactional
    public void submit(String taskId, String summary, String fileName, byte[] content, CityCoopUser officer) {
        FundingReportTask task = openTask(taskId, officer);
        String cleanSummary = Texts.required(summary, "summary", Message.of("funding.problem.label.report-summary"), MAX_SUMMARY);
        Long documentId = content == null || content.length == 0 ? null
                : documents.store(task.project().id(), DOCUMENT_KIND, "file", fileName, content, officer.getUsername()).id();
        if (!reports.deliver(task.report().id(), cleanSummary, documentId, officer.getUsername())) {
            throw InvalidInputException.of("summary", "funding.problem.report.delivered");
        }
        audit.record(task.project().id(), officer.getUsername(), "FUNDING_REPORT_SUBMITTED", task.report().title());
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(JAPAN).toInstant());
    }
}

package org.citycoop.funding;

import org.citycoop.workflow.WorkTask;

/** The task of delivering one report to the funding agency, as its screen needs it. */
public record FundingReportTask(WorkTask task, FundingProject project, DueReport report) {
}

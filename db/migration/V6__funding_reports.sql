-- A reporting duty becomes a task of the lead's officer when its period ends (FundingReportProcess);
-- what the officer delivers is kept on the duty itself.
alter table funding_reporting_duty
    add column summary text,
    add column document_id bigint references document (id),
    add column submitted_by varchar(64),
    add constraint delivered_report_has_summary check (done_at is null or (summary is not null and submitted_by is not null));

-- The report task is due on the date of its duty; this is only the fallback, as for the revision.
insert into task_due_period (task_definition_key, due_days) values ('Task_SubmitFundingReport', 30);

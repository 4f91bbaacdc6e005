-- Documents (MoUs, reports, receipts) live in PostgreSQL. A replaced file keeps its history:
-- the new version points to the one it replaces.
create table document (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    kind varchar(32) not null,
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes int not null check (size_bytes > 0),
    content bytea not null,
    version int not null default 1,
    replaces_id bigint references document (id),
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null default now()
);

create index document_project_idx on document (project_id, kind);

-- Consent of the member municipalities of a cooperative lead, one row per member and round.
create table member_consent (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    member_code varchar(16) not null,
    answer varchar(8) not null check (answer in ('CONSENT', 'REFUSE', 'ABSTAIN')),
    reason varchar(2000),
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now(),
    constraint refusal_has_reason check (answer <> 'REFUSE' or reason is not null)
);

create index member_consent_project_idx on member_consent (project_id);

-- The cooperation agreement (MoU) confirmed by the partner city's coordinator.
create table cooperation_agreement (
    id bigint generated always as identity primary key,
    project_id bigint not null unique references project (id),
    lead_signatory varchar(200) not null,
    partner_signatory varchar(200) not null,
    signed_on date not null,
    expires_on date not null,
    document_id bigint references document (id),
    confirmed_by varchar(64) not null,
    confirmed_at timestamptz not null default now(),
    constraint agreement_expires_after_signing check (expires_on > signed_on)
);

-- Decisions along the lifecycle: go/no-go, the way on after a funding rejection, own budget.
create table project_decision (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    kind varchar(32) not null,
    outcome varchar(32) not null,
    comment varchar(2000),
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now()
);

create index project_decision_project_idx on project_decision (project_id, decided_at);

-- What the implementation phase runs: each planned training programme and dispatch.
create table implementation_item (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    kind varchar(16) not null check (kind in ('TRAINING', 'DISPATCH')),
    title varchar(200) not null,
    planned_start date not null,
    planned_end date not null,
    completed_at timestamptz,
    completed_by varchar(64),
    constraint item_dates_in_order check (planned_end >= planned_start)
);

create index implementation_item_project_idx on implementation_item (project_id);

create table action_plan (
    id bigint generated always as identity primary key,
    project_id bigint not null unique references project (id),
    summary varchar(4000) not null,
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null default now()
);

create table completion_report (
    id bigint generated always as identity primary key,
    project_id bigint not null unique references project (id),
    outcomes varchar(4000) not null,
    lessons varchar(4000) not null,
    written_by varchar(64) not null,
    written_at timestamptz not null default now()
);

-- OECD-DAC evaluation criteria, each rated A (best) to D with a comment.
create table project_evaluation (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    criterion varchar(16) not null check (criterion in ('RELEVANCE', 'COHERENCE', 'EFFECTIVENESS', 'EFFICIENCY', 'IMPACT', 'SUSTAINABILITY')),
    rating char(1) not null check (rating in ('A', 'B', 'C', 'D')),
    comment varchar(2000) not null,
    evaluated_by varchar(64) not null,
    evaluated_at timestamptz not null default now(),
    unique (project_id, criterion)
);

alter table project add column status_before_suspension varchar(16);
alter table project add column suspension_reason varchar(2000);

-- Reminders and escalations already sent for a task, so the deadline watch sends each once.
create table task_deadline_notice (
    task_id varchar(64) not null,
    kind varchar(16) not null check (kind in ('REMINDER', 'ESCALATION')),
    sent_at timestamptz not null default now(),
    primary key (task_id, kind)
);

insert into task_due_period (task_definition_key, due_days) values
    ('Task_GiveConsent', 14),
    ('Task_ConfirmAgreement', 30),
    ('Task_RenewAgreement', 30),
    ('Task_DecideGoNoGo', 14),
    ('Task_ChooseWayAfterRejection', 14),
    ('Task_ApproveOwnBudget', 14),
    ('Task_PlanImplementation', 30),
    ('Task_RunTrainingProgramme', 180),
    ('Task_RunSpecialistDispatch', 180),
    ('Task_SubmitActionPlan', 60),
    ('Task_RunFollowUp', 365),
    ('Task_WriteCompletionReport', 60),
    ('Task_EvaluateProject', 30);

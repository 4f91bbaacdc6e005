-- Specialist dispatch (issue 4): the head of the organisation as a role, travel-safety levels per
-- country (reference data, edited by an administrator), and the records of one dispatch: terms of
-- reference, specialists, mission dates and cost, approvals, mission report, partner's questions.

-- The head of the organisation (mayor's office, the cooperative's administrator) approves the
-- dispatches the decision DispatchApproval sends beyond the manager (DD006).
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('officer', 'manager', 'member-delegate', 'partner', 'reviewer', 'admin', 'head'));

-- Travel-safety level of a destination country, as the Ministry of Foreign Affairs publishes it:
-- 1 exercise caution, 2 avoid non-essential travel, 3 avoid all travel, 4 evacuate.
-- A country without a row is unknown: a dispatch there is blocked until an administrator records it.
create table travel_safety_level (
    country_iso2 char(2) primary key references country (iso2),
    level smallint not null check (level between 1 and 4),
    updated_by varchar(64) not null,
    updated_at timestamptz not null default now()
);

-- The partner countries of the demo at level 1; Myanmar at level 3, the blocked destination of the tests.
insert into travel_safety_level (country_iso2, level, updated_by) values
    ('ID', 1, 'reference data'),
    ('CN', 1, 'reference data'),
    ('MY', 1, 'reference data'),
    ('KH', 1, 'reference data'),
    ('VN', 1, 'reference data'),
    ('PH', 1, 'reference data'),
    ('MM', 3, 'reference data');

-- One dispatch of specialists: a run of SpecialistDispatchProcess for a planned DISPATCH item
-- (or a follow-up visit). The plan (destination, dates, cost) is filled in after the terms of reference.
create table dispatch (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    implementation_item_id bigint not null references implementation_item (id),
    purpose varchar(2000) not null,
    tasks varchar(4000) not null,
    expected_outputs varchar(4000) not null,
    destination_iso2 char(2) references country (iso2),
    departure_on date,
    return_on date,
    cost_estimate_jpy bigint check (cost_estimate_jpy >= 0),
    status varchar(24) not null check (status in ('TERMS_WRITTEN', 'PLANNED', 'SAFETY_BLOCKED', 'AWAITING_APPROVAL',
        'APPROVED', 'CANCELLED', 'REPORTED', 'ACKNOWLEDGED')),
    -- MANAGER or MANAGER_AND_HEAD, as the decision DispatchApproval gave it for the current plan
    approval_level varchar(16) check (approval_level in ('MANAGER', 'MANAGER_AND_HEAD')),
    safety_block_reason varchar(1000),
    written_by varchar(64) not null,
    written_at timestamptz not null default now(),
    constraint dispatch_return_after_departure check (return_on >= departure_on)
);

create index dispatch_project_idx on dispatch (project_id);
create index dispatch_item_idx on dispatch (implementation_item_id);

-- The specialists of the current plan: staff of the lead organisation or of its member municipalities.
create table dispatch_specialist (
    id bigint generated always as identity primary key,
    dispatch_id bigint not null references dispatch (id) on delete cascade,
    position_no smallint not null,
    name varchar(200) not null,
    organisation_id bigint not null references organisation (id),
    position varchar(200) not null,
    expertise varchar(500) not null,
    unique (dispatch_id, position_no)
);

-- Each decision on the travel and budget: the manager's, then the head's when the decision table asks for it.
create table dispatch_approval (
    id bigint generated always as identity primary key,
    dispatch_id bigint not null references dispatch (id),
    approver_role varchar(16) not null check (approver_role in ('manager', 'head')),
    approved boolean not null,
    reason varchar(2000),
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now(),
    constraint refusal_has_reason check (approved or reason is not null)
);

create index dispatch_approval_dispatch_idx on dispatch_approval (dispatch_id);

create table mission_report (
    id bigint generated always as identity primary key,
    dispatch_id bigint not null unique references dispatch (id),
    activities varchar(4000) not null,
    findings varchar(4000) not null,
    recommendations varchar(4000) not null,
    document_id bigint references document (id),
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null default now(),
    acknowledged_by varchar(64),
    acknowledged_at timestamptz
);

-- The partner's questions on a mission report and the officer's answers, in order.
create table mission_report_question (
    id bigint generated always as identity primary key,
    dispatch_id bigint not null references dispatch (id),
    question varchar(2000) not null,
    asked_by varchar(64) not null,
    asked_at timestamptz not null default now(),
    answer varchar(4000),
    answered_by varchar(64),
    answered_at timestamptz
);

create index mission_report_question_dispatch_idx on mission_report_question (dispatch_id);

-- The placeholder task of the first slice is gone; each task of the dispatch has its own period.
delete from task_due_period where task_definition_key = 'Task_RunSpecialistDispatch';
insert into task_due_period (task_definition_key, due_days) values
    ('Task_WriteTermsOfReference', 30),
    ('Task_SelectSpecialists', 30),
    ('Task_ResolveTravelSafetyBlock', 14),
    ('Task_ApproveDispatchByManager', 14),
    ('Task_ApproveDispatchByHead', 14),
    ('Task_SubmitMissionReport', 30),
    ('Task_AcknowledgeMissionReport', 30),
    ('Task_AnswerPartnerQuestion', 14);

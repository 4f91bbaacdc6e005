-- Follow-up (issue 4): the indicator targets of the partner's action plan, the follow-up schedule
-- the lead's officer sets, and per round the partner's progress on each target and the officer's review.

-- What the partner commits to in its action plan: per indicator of the library a baseline and a target by a date.
create table action_plan_indicator (
    id bigint generated always as identity primary key,
    action_plan_id bigint not null references action_plan (id),
    indicator_code varchar(40) not null references indicator (code),
    baseline numeric(18, 4) not null,
    target numeric(18, 4) not null,
    target_date date not null,
    unique (action_plan_id, indicator_code)
);

-- Rounds as an ISO-8601 repeating interval (e.g. R2/P6M: 6 and 12 months after starts_on), in the data, not the model.
create table follow_up_schedule (
    project_id bigint primary key references project (id),
    cycle varchar(60) not null,
    starts_on date not null,
    set_by varchar(64) not null,
    set_at timestamptz not null default now()
);

create table follow_up_round (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    round_no int not null check (round_no > 0),
    due_on date not null,
    -- the follow-up visit, when the review asked for one: a dispatch of the implementation
    visit_item_id bigint references implementation_item (id),
    closed_at timestamptz,
    unique (project_id, round_no)
);

-- The partner's progress on one target in one round; a correction replaces the values of the round.
create table follow_up_progress (
    id bigint generated always as identity primary key,
    round_id bigint not null references follow_up_round (id),
    target_id bigint not null references action_plan_indicator (id),
    actual_value numeric(18, 4) not null,
    measured_on date not null,
    document_id bigint references document (id),
    comment varchar(2000),
    reported_by varchar(64) not null,
    reported_at timestamptz not null default now(),
    unique (round_id, target_id)
);

-- Every review of a round, the requests for correction included.
create table follow_up_review (
    id bigint generated always as identity primary key,
    round_id bigint not null references follow_up_round (id),
    outcome varchar(16) not null check (outcome in ('ACCEPTED', 'CORRECTION')),
    visit_needed boolean not null,
    comment varchar(2000),
    reviewed_by varchar(64) not null,
    reviewed_at timestamptz not null default now(),
    constraint correction_says_what check (outcome <> 'CORRECTION' or comment is not null),
    constraint visit_only_when_accepted check (outcome = 'ACCEPTED' or not visit_needed)
);

create index follow_up_review_round_idx on follow_up_review (round_id, reviewed_at);

delete from task_due_period where task_definition_key = 'Task_RunFollowUp';
insert into task_due_period (task_definition_key, due_days) values
    ('Task_SetFollowUpSchedule', 14),
    ('Task_ReportProgress', 30),
    ('Task_ReviewProgress', 14);

-- Training programmes (TrainingProgrammeProcess): one programme per planned implementation item of
-- kind TRAINING. The officer designs the curriculum, the partner city nominates trainees, the officer
-- confirms them (or returns the list), prepares the logistics, records the sessions with attendance;
-- the partner submits each trainee's action plan with indicator targets; the officer records the
-- trainees' evaluation.
create table training_programme (
    id bigint generated always as identity primary key,
    implementation_item_id bigint not null unique references implementation_item (id),
    project_id bigint not null references project (id),
    -- the officer's comment when the list of trainees went back to the partner; null once confirmed
    return_comment varchar(2000),
    trainees_confirmed_by varchar(64),
    trainees_confirmed_at timestamptz,
    logistics_done_at timestamptz,
    sessions_over_at timestamptz,
    action_plans_submitted_at timestamptz,
    evaluated_by varchar(64),
    evaluated_at timestamptz
);

create index training_programme_project_idx on training_programme (project_id);

create table training_module (
    id bigint generated always as identity primary key,
    programme_id bigint not null references training_programme (id),
    position int not null,
    topic varchar(200) not null,
    host_organisation varchar(200) not null,
    starts_on date not null,
    ends_on date not null,
    language varchar(40) not null,
    constraint module_dates_in_order check (ends_on >= starts_on),
    unique (programme_id, position)
);

create table training_trainee (
    id bigint generated always as identity primary key,
    programme_id bigint not null references training_programme (id),
    position int not null,
    name varchar(200) not null,
    job_position varchar(200) not null,
    organisation varchar(200) not null,
    email varchar(254) not null,
    gender varchar(16) check (gender in ('FEMALE', 'MALE', 'OTHER')),
    unique (programme_id, position)
);

create table training_logistics_item (
    id bigint generated always as identity primary key,
    programme_id bigint not null references training_programme (id),
    kind varchar(24) not null check (kind in ('INVITATION_LETTERS', 'VISAS', 'TRAVEL', 'ACCOMMODATION', 'INSURANCE')),
    deadline date not null,
    done boolean not null default false,
    -- when the daily check last reminded the officer of this open item (once per item)
    reminded_at timestamptz,
    unique (programme_id, kind)
);

create table training_session (
    id bigint generated always as identity primary key,
    programme_id bigint not null references training_programme (id),
    starts_at timestamp not null,
    kind varchar(24) not null check (kind in ('SEMINAR', 'WORKSHOP', 'CONSULTATION', 'CLOSING_MEETING')),
    method varchar(16) not null check (method in ('ON_SITE', 'ONLINE', 'MIXED')),
    venue varchar(200) not null,
    facilitator varchar(200) not null,
    participants_on_site int not null check (participants_on_site >= 0),
    participants_online int not null check (participants_online >= 0),
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null default now()
);

create table training_attendance (
    session_id bigint not null references training_session (id),
    trainee_id bigint not null references training_trainee (id),
    primary key (session_id, trainee_id)
);

create table trainee_action_plan (
    id bigint generated always as identity primary key,
    trainee_id bigint not null unique references training_trainee (id),
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null default now()
);

create table trainee_action_item (
    id bigint generated always as identity primary key,
    plan_id bigint not null references trainee_action_plan (id) on delete cascade,
    position int not null,
    description varchar(500) not null,
    responsible varchar(200) not null,
    deadline date not null
);

create table trainee_indicator_target (
    id bigint generated always as identity primary key,
    plan_id bigint not null references trainee_action_plan (id) on delete cascade,
    position int not null,
    indicator_code varchar(40) not null references indicator (code),
    baseline numeric(14, 2) not null,
    target numeric(14, 2) not null,
    target_date date not null
);

create table trainee_evaluation (
    trainee_id bigint primary key references training_trainee (id),
    satisfaction int not null check (satisfaction between 1 and 5),
    comment varchar(2000),
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null default now()
);

-- The placeholder task of the first slice is gone; its building block has these tasks instead.
delete from task_due_period where task_definition_key = 'Task_RunTrainingProgramme';
insert into task_due_period (task_definition_key, due_days) values
    ('Task_DesignCurriculum', 30),
    ('Task_NominateTrainees', 21),
    ('Task_ConfirmTrainees', 7),
    ('Task_PrepareLogistics', 60),
    ('Task_RecordSession', 90),
    ('Task_SubmitActionPlans', 30),
    ('Task_EvaluateProgramme', 30);

create table theme (
    code varchar(32) primary key,
    name varchar(100) not null
);

insert into theme (code, name) values
    ('WASTE', 'Solid waste management'),
    ('WATER_SUPPLY', 'Water supply'),
    ('SEWERAGE', 'Sewerage and wastewater'),
    ('AIR_QUALITY', 'Air quality'),
    ('LOW_CARBON', 'Low-carbon city and energy'),
    ('ENVIRONMENTAL_EDUCATION', 'Environmental education'),
    ('DISASTER_RISK', 'Disaster risk reduction');

-- Whether a feasibility study is needed is a property of the kind of cooperation, kept as data.
create table cooperation_type (
    code varchar(32) primary key,
    name varchar(100) not null,
    needs_feasibility_study boolean not null
);

insert into cooperation_type (code, name, needs_feasibility_study) values
    ('TECHNICAL_COOPERATION', 'Technical cooperation (training and specialist dispatch)', false),
    ('INFRASTRUCTURE', 'Infrastructure or technology introduction', true),
    ('LOW_CARBON_PLANNING', 'Low-carbon city planning (JCM city-to-city)', true),
    ('POLICY_SUPPORT', 'Policy and master-plan support', false);

create table project (
    id bigint generated always as identity primary key,
    -- <LEAD>-<fiscal year>-<nnn>: the process business key
    code varchar(32) not null unique,
    title varchar(200) not null,
    lead_organisation_id bigint not null references organisation (id),
    partner_organisation_id bigint not null references organisation (id),
    theme_code varchar(32) not null references theme (code),
    cooperation_type_code varchar(32) not null references cooperation_type (code),
    planned_start date not null,
    planned_end date not null,
    budget_jpy bigint not null check (budget_jpy >= 0),
    -- the IATI activity-status list (1 pipeline ... 6 suspended)
    status varchar(16) not null check (status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED')),
    proposed_by varchar(64) not null,
    proposed_at timestamptz not null default now(),
    constraint project_dates_in_order check (planned_end >= planned_start)
);

create index project_lead_idx on project (lead_organisation_id);
create index project_partner_idx on project (partner_organisation_id);

-- Numbering of project codes per lead organisation and fiscal year, safe under concurrent proposals.
create table project_code_counter (
    lead_code varchar(16) not null,
    fiscal_year int not null,
    last_number int not null,
    primary key (lead_code, fiscal_year)
);

-- The manager's screening decisions, kept so a returned proposal shows why.
create table project_screening (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    decision varchar(16) not null check (decision in ('APPROVE', 'RETURN', 'REJECT')),
    comment varchar(2000),
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now()
);

create index project_screening_project_idx on project_screening (project_id, decided_at desc);

-- Every state change that matters: who, what, when.
create table audit_event (
    id bigint generated always as identity primary key,
    project_id bigint references project (id),
    actor varchar(64) not null,
    action varchar(64) not null,
    detail varchar(2000),
    occurred_at timestamptz not null default now()
);

create index audit_event_project_idx on audit_event (project_id, occurred_at);

-- Due periods of user tasks as reference data, by task definition key (never hard-coded in models).
create table task_due_period (
    task_definition_key varchar(100) primary key,
    due_days int not null check (due_days > 0)
);

insert into task_due_period (task_definition_key, due_days) values
    ('Task_ScreenProposal', 14),
    ('Task_ReviseProposal', 21);

-- Cooperation marketplace (issue 10, DD033): requests of partner cities and civil-society groups,
-- offers of Japanese municipalities, cooperatives and companies, country cooperation frameworks,
-- and organisations invited into a project beside its lead and partner.
--
-- Lists of short values (preferred forms, languages, keywords, countries) are text arrays: they are
-- read and written whole with their record, and searched with "= any(...)".

create table cooperation_request (
    id bigint generated always as identity primary key,
    -- the partner city or the NGO of a partner country that asks
    requester_organisation_id bigint not null references organisation (id),
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null default now(),
    title varchar(200) not null,
    problem varchar(4000) not null,
    theme_code varchar(32) not null references theme (code),
    -- the city as a registered partner city, or as its name when it is not registered
    city_organisation_id bigint references organisation (id),
    city_name varchar(200),
    country_iso2 char(2) not null references country (iso2),
    expected_outcomes varchar(4000) not null,
    preferred_forms text[] not null check (preferred_forms <@ array['TRAINING', 'DISPATCH', 'FEASIBILITY_STUDY', 'TECHNOLOGY']),
    -- first day of the first and of the last month the cooperation should run
    timing_from date not null,
    timing_to date not null,
    languages text[] not null,
    status varchar(16) not null check (status in ('OPEN', 'ANSWERED', 'IN_PROJECT', 'CLOSED')),
    -- the project the request became (status IN_PROJECT)
    project_id bigint references project (id),
    constraint cooperation_request_has_a_city check (city_organisation_id is not null or city_name is not null),
    constraint cooperation_request_timing_in_order check (timing_to >= timing_from),
    constraint cooperation_request_project_when_in_project check ((status = 'IN_PROJECT') = (project_id is not null))
);

create index cooperation_request_requester_idx on cooperation_request (requester_organisation_id);
create index cooperation_request_search_idx on cooperation_request (status, theme_code, country_iso2);

-- "We can help": one answer per organisation and request
create table cooperation_request_answer (
    id bigint generated always as identity primary key,
    request_id bigint not null references cooperation_request (id),
    organisation_id bigint not null references organisation (id),
    answered_by varchar(64) not null,
    message varchar(2000) not null,
    answered_at timestamptz not null default now(),
    unique (request_id, organisation_id)
);

create table cooperation_request_comment (
    id bigint generated always as identity primary key,
    request_id bigint not null references cooperation_request (id),
    author varchar(64) not null,
    body varchar(4000) not null,
    written_at timestamptz not null default now()
);

create index cooperation_request_comment_idx on cooperation_request_comment (request_id, written_at);

create table cooperation_offer (
    id bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id),
    title varchar(200) not null,
    theme_code varchar(32) not null references theme (code),
    description varchar(4000) not null,
    -- what exactly, lower case: "community composting", "non-revenue water"
    keywords text[] not null,
    -- codes of past projects (not foreign keys: imported history may be older than the register)
    reference_projects text[] not null,
    experience_countries text[] not null,
    languages text[] not null,
    trainees_per_year int not null check (trainees_per_year between 0 and 10000),
    specialist_weeks_per_year int not null check (specialist_weeks_per_year between 0 and 10000),
    -- a company's products and services
    products varchar(2000),
    updated_by varchar(64) not null,
    updated_at timestamptz not null default now()
);

create index cooperation_offer_organisation_idx on cooperation_offer (organisation_id);
create index cooperation_offer_theme_idx on cooperation_offer (theme_code);

-- Per partner country: what the administrator records; the travel-safety level is the dispatch
-- module's travel_safety_level (V9), read from there, not kept twice.
create table country_framework (
    country_iso2 char(2) primary key references country (iso2),
    contacts varchar(2000) not null,
    updated_by varchar(64) not null,
    updated_at timestamptz not null default now()
);

create table country_framework_priority (
    country_iso2 char(2) not null references country_framework (country_iso2) on delete cascade,
    theme_code varchar(32) not null references theme (code),
    priority varchar(2000) not null,
    primary key (country_iso2, theme_code)
);

create table country_framework_scheme (
    country_iso2 char(2) not null references country_framework (country_iso2) on delete cascade,
    scheme_code varchar(32) not null references funding_scheme (code),
    primary key (country_iso2, scheme_code)
);

-- An organisation invited into a project beside its lead and partner city (a company supplying the
-- technology, KITA organising training): it then sees the project.
create table project_participant (
    project_id bigint not null references project (id),
    organisation_id bigint not null references organisation (id),
    role varchar(24) not null check (role in ('TECHNOLOGY_PROVIDER', 'TRAINING_PROVIDER', 'EXPERT', 'ADVISER')),
    invited_by varchar(64) not null,
    invited_at timestamptz not null default now(),
    primary key (project_id, organisation_id)
);

create index project_participant_organisation_idx on project_participant (organisation_id);

-- the marketplace's notifications: my request was answered; a new request matches my offer
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('TASK_ASSIGNED', 'TASK_OVERDUE', 'MENTION',
    'FUNDING_DECISION', 'REQUEST_ANSWERED', 'REQUEST_MATCHES_OFFER'));
alter table notification_preference drop constraint notification_preference_kind_check;
alter table notification_preference add constraint notification_preference_kind_check check (kind in ('TASK_ASSIGNED',
    'TASK_OVERDUE', 'MENTION', 'FUNDING_DECISION', 'REQUEST_ANSWERED', 'REQUEST_MATCHES_OFFER'));

-- Dialogue, programme and good-practice records (issue 10, DD034).

-- A programme (e.g. the ASEAN model-cities programme funded by JAIF) groups projects that report on common
-- indicators, so that its page compares the participating cities on the same indicators.
create table programme (
    id bigint generated always as identity primary key,
    code varchar(32) not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_en varchar(200),
    name_ja varchar(200),
    description varchar(2000),
    funding_agency_id bigint references organisation (id),
    constraint programme_has_a_name check (name_en is not null or name_ja is not null)
);

create table programme_project (
    programme_id bigint not null references programme (id),
    project_id bigint not null references project (id),
    primary key (programme_id, project_id)
);

create index programme_project_project_idx on programme_project (project_id);

create table programme_indicator (
    programme_id bigint not null references programme (id),
    indicator_code varchar(40) not null references indicator (code),
    primary key (programme_id, indicator_code)
);

-- A regional dialogue (e.g. the Japan-ASEAN Dialogue on Environmental Cooperation) and its numbered meetings.
create table dialogue (
    id bigint generated always as identity primary key,
    code varchar(32) not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_en varchar(200),
    name_ja varchar(200),
    constraint dialogue_has_a_name check (name_en is not null or name_ja is not null)
);

create table dialogue_meeting (
    id bigint generated always as identity primary key,
    dialogue_id bigint not null references dialogue (id),
    -- the 3rd meeting is number 3
    number int not null check (number > 0),
    held_on date not null,
    venue_city varchar(100) not null,
    venue_country_iso2 char(2) not null references country (iso2),
    outcomes varchar(4000) not null,
    -- participants that are not organisations of the register (ministers, ASEAN secretariat, experts)
    other_participants varchar(2000),
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null default now(),
    unique (dialogue_id, number)
);

create table dialogue_meeting_participant (
    meeting_id bigint not null references dialogue_meeting (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (meeting_id, organisation_id)
);

create table dialogue_meeting_programme (
    meeting_id bigint not null references dialogue_meeting (id) on delete cascade,
    programme_id bigint not null references programme (id),
    primary key (meeting_id, programme_id)
);

create table dialogue_meeting_project (
    meeting_id bigint not null references dialogue_meeting (id) on delete cascade,
    project_id bigint not null references project (id),
    primary key (meeting_id, project_id)
);

-- A good practice for peer learning, published from a closed project by an officer of its lead organisation.
create table good_practice (
    id bigint generated always as identity primary key,
    project_id bigint not null unique references project (id),
    title varchar(200) not null,
    summary_en varchar(4000),
    summary_ja varchar(4000),
    published_by varchar(64) not null,
    published_at timestamptz not null default now(),
    constraint good_practice_has_a_summary check (summary_en is not null or summary_ja is not null)
);

-- The project's documents the practice shares as teaching materials and case material.
create table good_practice_document (
    practice_id bigint not null references good_practice (id) on delete cascade,
    document_id bigint not null references document (id),
    primary key (practice_id, document_id)
);

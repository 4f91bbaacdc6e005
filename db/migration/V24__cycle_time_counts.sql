-- Cycle time per phase without reading the engine's task history on every dashboard (DD022).
-- Finished user tasks are counted by the lead organisation of their project, the fiscal year of the
-- project's start, the phase of the task, and the task's duration in tenths of a day (the precision
-- the dashboard shows): a median and a 90th percentile come from a few thousand counts instead of
-- a million task rows.

-- What a manager reads: the counts of their organisation's projects (and of its cooperative's).
create table cycle_time_count (
    lead_organisation_id bigint not null references organisation (id),
    jfy integer not null,
    phase varchar(20) not null,
    tenths_of_day integer not null,
    tasks bigint not null,
    primary key (lead_organisation_id, jfy, phase, tenths_of_day)
);

-- What an administrator reads: the same counts summed over every organisation.
create table cycle_time_total (
    jfy integer not null,
    phase varchar(20) not null,
    tenths_of_day integer not null,
    tasks bigint not null,
    primary key (jfy, phase, tenths_of_day)
);

-- Each task completion appends +1 here in its own transaction (a project whose start moves to
-- another fiscal year appends -1 and +1 per task): appends take no row lock, so completions never
-- queue behind each other for a hot count. The dashboards read counts and pending changes together;
-- a scheduled step moves the changes into the counts.
create table cycle_time_change (
    lead_organisation_id bigint not null,
    jfy integer not null,
    phase varchar(20) not null,
    tenths_of_day integer not null,
    tasks integer not null
);

-- One row: when the counts were last rebuilt from the engine's history (null: never, so the first
-- start after this migration counts the history that is already there).
create table cycle_time_rebuild (
    single_row boolean primary key default true check (single_row),
    rebuilt_at timestamptz
);
insert into cycle_time_rebuild (rebuilt_at) values (null);

-- The inbox as each user arranges it (issue 5, task inbox): the columns they chose, and the
-- filters they named, each kept as the inbox address's query (DD009) and optionally shared with
-- one role of the owner's organisation.
create table inbox_column_choice (
    username varchar(64) primary key references app_user (username) on delete cascade,
    -- column names in the order of the grid, comma-separated, e.g. TASK,PROJECT,DUE
    columns varchar(200) not null,
    chosen_at timestamptz not null default now()
);

create table inbox_saved_filter (
    id bigint generated always as identity primary key,
    owner varchar(64) not null references app_user (username) on delete cascade,
    -- the owner's organisation when saved: a shared filter is seen only inside it
    organisation_code varchar(20) not null,
    name varchar(80) not null check (length(trim(name)) > 0),
    query varchar(1000) not null,
    shared_with_role varchar(24)
        check (shared_with_role in ('officer', 'manager', 'member-delegate', 'partner', 'reviewer', 'admin', 'head')),
    saved_at timestamptz not null default now(),
    unique (owner, name)
);

create index inbox_saved_filter_shared on inbox_saved_filter (organisation_code, shared_with_role)
    where shared_with_role is not null;

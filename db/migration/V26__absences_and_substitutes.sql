-- issue 9, substitutes (DD027): a user's absence names a colleague who acts on the user's assigned
-- tasks meanwhile; each task a substitute completes records for whom, so the history can say so

create table absence (
    id bigint generated always as identity primary key,
    username varchar(64) not null references app_user (username) on delete cascade,
    -- both days inclusive, Japan's dates (the application's clock)
    first_day date not null,
    last_day date not null,
    substitute varchar(64) not null references app_user (username) on delete cascade,
    -- the user themselves, or a manager of their organisation
    recorded_by varchar(64) not null references app_user (username),
    recorded_at timestamptz not null default now(),
    check (last_day >= first_day),
    check (substitute <> username)
);

-- "whom do I stand in for today" (every inbox page) and "who stands in for this user today" (notifications)
create index absence_substitute_idx on absence (substitute, last_day);
create index absence_user_idx on absence (username, last_day);

-- one row per task a substitute completed for an absent colleague; the engine's history says the rest
create table task_substitution (
    task_id varchar(64) primary key,
    substitute varchar(64) not null,
    absent_user varchar(64) not null,
    acted_at timestamptz not null default now()
);

-- issue 9, notifications (DD023): what each user is told in the application, which kinds they also
-- get by e-mail (at once or in a daily digest), and the outbox that sends the e-mails after commit

-- the language of a user's e-mails (the screens follow the browser or the user's choice there)
alter table app_user
    add column preferred_language varchar(8) check (preferred_language in ('en', 'ja'));

create table notification (
    id bigint generated always as identity primary key,
    username varchar(64) not null references app_user (username) on delete cascade,
    kind varchar(24) not null check (kind in ('TASK_ASSIGNED', 'TASK_OVERDUE', 'MENTION', 'FUNDING_DECISION')),
    project_code varchar(32),
    -- what it is about, as the event named it (a task's name, a project's title), shown beside the kind's sentence
    subject varchar(300) not null,
    -- where opening it leads, a path of the application ("task/project/screen-proposal/<id>", "mentions/<id>")
    link varchar(300) not null,
    created_at timestamptz not null default now(),
    read_at timestamptz,
    -- waiting for the user's daily digest e-mail
    digest_pending boolean not null default false
);

create index notification_user_idx on notification (username, created_at desc);
create index notification_unread_idx on notification (username) where read_at is null;
create index notification_digest_idx on notification (username) where digest_pending;

-- absent row: the kind comes by e-mail at once (when the user has an address)
create table notification_preference (
    username varchar(64) not null references app_user (username) on delete cascade,
    kind varchar(24) not null check (kind in ('TASK_ASSIGNED', 'TASK_OVERDUE', 'MENTION', 'FUNDING_DECISION')),
    delivery varchar(16) not null check (delivery in ('IN_APP_ONLY', 'EMAIL', 'DAILY_DIGEST')),
    primary key (username, kind)
);

-- written in the transaction of the change that caused it; sent by OutboxSender after commit, with retries
create table mail_outbox (
    id bigint generated always as identity primary key,
    recipient varchar(254) not null,
    subject varchar(500) not null,
    body text not null,
    status varchar(8) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error varchar(1000),
    created_at timestamptz not null default now(),
    sent_at timestamptz
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_failed_idx on mail_outbox (created_at desc) where status = 'FAILED';

-- comments on a project, with the colleagues they mention (@username), for the project page
create table project_comment (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    author varchar(64) not null,
    body text not null check (length(body) between 1 and 4000),
    created_at timestamptz not null default now()
);

create index project_comment_project_idx on project_comment (project_id, created_at);

create table project_comment_mention (
    comment_id bigint not null references project_comment (id) on delete cascade,
    username varchar(64) not null,
    primary key (comment_id, username)
);

create index project_comment_mention_user_idx on project_comment_mention (username);

-- a comment may belong to one task of the project: the task's id and name are kept after the task is done,
-- so the project page can still say which task a comment was about
alter table project_comment
    add column task_id varchar(64),
    add column task_name varchar(255);

create index project_comment_task_idx on project_comment (task_id, created_at) where task_id is not null;

-- a mention is unread until the mentioned colleague opens it from the Mentions page
alter table project_comment_mention
    add column read_at timestamptz;

create index project_comment_mention_unread_idx on project_comment_mention (username) where read_at is null;

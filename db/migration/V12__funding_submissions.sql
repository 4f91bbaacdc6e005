-- What a funding application said each time it was submitted to the agency, so that a reviewer
-- can set a revised application against the submission before it (issue 5, reviewer workspace).
-- The application row and its budget lines hold only the latest draft; these rows never change.
create table funding_submission (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    -- 1 for the first submission, as funding_application.submission_count counts them
    submission int not null check (submission > 0),
    requested_amount_jpy bigint not null check (requested_amount_jpy > 0),
    duration_months int not null check (duration_months between 1 and 120),
    objectives varchar(4000),
    activities varchar(4000),
    submitted_at timestamptz not null default now(),
    unique (application_id, submission)
);

create table funding_submission_budget_line (
    submission_id bigint not null references funding_submission (id),
    position int not null,
    item varchar(200) not null,
    amount_jpy bigint not null check (amount_jpy > 0),
    primary key (submission_id, position)
);

-- Applications submitted before this migration: their current state is the best record of their
-- latest submission (unless revised since, which the status REVISION_REQUESTED tells); earlier ones are unknown.
insert into funding_submission (application_id, submission, requested_amount_jpy, duration_months, objectives, activities, submitted_at)
select id, submission_count, requested_amount_jpy, duration_months, objectives, activities, coalesce(submitted_at, created_at)
from funding_application
where submission_count > 0 and status <> 'REVISION_REQUESTED';

insert into funding_submission_budget_line (submission_id, position, item, amount_jpy)
select s.id, l.position, l.item, l.amount_jpy
from funding_submission s
join funding_budget_line l on l.application_id = s.application_id;

create index funding_application_agency_queue on funding_application (scheme_code, submitted_at) where status = 'SUBMITTED';

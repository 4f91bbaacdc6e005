-- Feasibility studies (bpmn/feasibility/feasibility-study.bpmn). One row per study round of a
-- project, filled step by step as the officer completes the tasks; the latest row is the
-- project's current study. Empty survey and findings columns mean "not recorded yet".
create table feasibility_study (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    status varchar(24) not null check (status in ('SCOPED', 'SURVEYED', 'IN_REVIEW', 'REVISION_REQUESTED', 'ACCEPTED')),
    scope varchar(4000) not null,
    terms_of_reference varchar(4000) not null,
    scoped_by varchar(64) not null,
    scoped_at timestamptz not null default now(),
    survey_start date,
    survey_end date,
    -- one team member per line
    survey_team varchar(2000),
    partner_contact_name varchar(200),
    partner_contact_email varchar(254),
    surveyed_by varchar(64),
    surveyed_at timestamptz,
    recommended_technology varchar(500),
    estimated_cost_jpy bigint check (estimated_cost_jpy >= 0),
    expected_effect varchar(4000),
    -- null: does not apply to this study (e.g. no waste diverted by a sewerage project)
    waste_diverted_t_per_year numeric(10, 1) check (waste_diverted_t_per_year >= 0),
    co2_reduced_t_per_year numeric(10, 1) check (co2_reduced_t_per_year >= 0),
    report_document_id bigint references document (id),
    reported_by varchar(64),
    reported_at timestamptz,
    constraint survey_ends_after_start check (survey_end >= survey_start),
    constraint survey_complete check ((survey_start is null) = (survey_end is null)
        and (survey_start is null) = (partner_contact_name is null)),
    constraint review_needs_report check (status in ('SCOPED', 'SURVEYED') or
        (report_document_id is not null and recommended_technology is not null
         and estimated_cost_jpy is not null and expected_effect is not null))
);

create index feasibility_study_project_idx on feasibility_study (project_id, id);

-- The manager's reviews of a study: accept, or send back for revision with a comment.
create table feasibility_study_review (
    id bigint generated always as identity primary key,
    study_id bigint not null references feasibility_study (id),
    decision varchar(8) not null check (decision in ('ACCEPT', 'REVISE')),
    comment varchar(2000),
    reviewed_by varchar(64) not null,
    reviewed_at timestamptz not null default now(),
    constraint revision_has_comment check (decision <> 'REVISE' or comment is not null)
);

create index feasibility_study_review_study_idx on feasibility_study_review (study_id, id);

insert into task_due_period (task_definition_key, due_days) values
    ('Task_DefineStudyScope', 30),
    ('Task_ConductFieldSurvey', 90),
    ('Task_UploadStudyReport', 60),
    ('Task_ReviewFeasibilityStudy', 14);

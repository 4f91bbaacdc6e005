-- Funding applications (bpmn/funding/funding-application.bpmn, decision bpmn/funding/funding-eligibility.dmn).
--
-- Scheme reference data. The figures are plausible public figures, simplified for this system,
-- not a copy of the current calls: JICA Grassroots Technical Cooperation, local-government type
-- (proposals by local governments, up to 3 years, about ¥30 million); the Ministry of the
-- Environment's JCM city-to-city collaboration feasibility study (commissioned per fiscal year,
-- a few ten million yen); the Japan-ASEAN Integration Fund (ASEAN member states only). Regions
-- stand in for the schemes' country lists. Check each call's guidelines and change the rows
-- here and the decision table together: FundingEligibilityDecisionTest fails when they differ.
create table funding_scheme (
    code varchar(32) primary key,
    name varchar(200) not null,
    -- code of the funding agency (organisation of kind FUNDING_AGENCY); scopes the reviewer tasks.
    -- No foreign key: organisations are data loaded after the migrations.
    agency_code varchar(16) not null check (agency_code ~ '^[A-Z0-9]{2,16}$'),
    max_amount_jpy bigint not null check (max_amount_jpy > 0),
    max_duration_months int not null check (max_duration_months > 0),
    description varchar(1000) not null,
    -- false: the scheme takes no applications at the moment (its call is closed)
    accepting_applications boolean not null default true
);

insert into funding_scheme (code, name, agency_code, max_amount_jpy, max_duration_months, description) values
    ('JICA_GRASSROOTS_LG', 'JICA Grassroots Technical Cooperation (local-government type)', 'JICA', 30000000, 36,
     'Technical cooperation proposed by a Japanese local government: dispatch of its staff and training of partner-city staff in Japan.'),
    ('MOEJ_JCM_CITY', 'MoE JCM city-to-city collaboration feasibility study', 'MOEJ', 20000000, 12,
     'Ministry of the Environment study with a partner city in a JCM partner country towards decarbonisation projects; commissioned per fiscal year.'),
    ('JAIF', 'Japan-ASEAN Integration Fund (JAIF)', 'JAIF', 150000000, 36,
     'Projects with ASEAN member states that narrow development gaps and support ASEAN integration.');

-- Who may lead an application (organisation kinds of V1) and where the partner city may be (regions of V1).
create table funding_scheme_lead_kind (
    scheme_code varchar(32) not null references funding_scheme (code),
    kind varchar(24) not null check (kind in ('PREFECTURE', 'CITY', 'TOWN', 'VILLAGE', 'COOPERATIVE')),
    primary key (scheme_code, kind)
);

insert into funding_scheme_lead_kind (scheme_code, kind)
select scheme.code, kind.kind
from funding_scheme scheme
cross join (values ('PREFECTURE'), ('CITY'), ('TOWN'), ('VILLAGE'), ('COOPERATIVE')) as kind (kind)
where scheme.code <> 'MOEJ_JCM_CITY' or kind.kind <> 'COOPERATIVE';

create table funding_scheme_region (
    scheme_code varchar(32) not null references funding_scheme (code),
    region_code varchar(32) not null references region (code),
    primary key (scheme_code, region_code)
);

insert into funding_scheme_region (scheme_code, region_code)
select scheme.code, region.code
from funding_scheme scheme
cross join region
where scheme.code <> 'JAIF' or region.code = 'SOUTHEAST_ASIA';

-- What the agency's reviewer scores, 1 (poor) to 5 (excellent), and how much each criterion weighs.
create table funding_scoring_criterion (
    id bigint generated always as identity primary key,
    scheme_code varchar(32) not null references funding_scheme (code),
    code varchar(32) not null,
    name varchar(200) not null,
    weight int not null check (weight > 0),
    position int not null,
    unique (scheme_code, code)
);

insert into funding_scoring_criterion (scheme_code, code, name, weight, position) values
    ('JICA_GRASSROOTS_LG', 'RELEVANCE', 'Relevance to the partner city''s needs', 30, 1),
    ('JICA_GRASSROOTS_LG', 'LOCAL_KNOW_HOW', 'Use of the local government''s own know-how', 25, 2),
    ('JICA_GRASSROOTS_LG', 'FEASIBILITY', 'Feasibility of the plan and budget', 25, 3),
    ('JICA_GRASSROOTS_LG', 'SUSTAINABILITY', 'Sustainability after the project', 20, 4),
    ('MOEJ_JCM_CITY', 'CO2_REDUCTION', 'Potential CO2 reduction', 35, 1),
    ('MOEJ_JCM_CITY', 'JCM_PROJECT_POTENTIAL', 'Potential for JCM model projects', 30, 2),
    ('MOEJ_JCM_CITY', 'CITY_COMMITMENT', 'Commitment of both cities', 20, 3),
    ('MOEJ_JCM_CITY', 'FEASIBILITY', 'Feasibility of the study plan and budget', 15, 4),
    ('JAIF', 'ASEAN_PRIORITIES', 'Alignment with ASEAN priorities', 30, 1),
    ('JAIF', 'REGIONAL_IMPACT', 'Regional impact and replicability', 25, 2),
    ('JAIF', 'FEASIBILITY', 'Feasibility of the plan and budget', 25, 3),
    ('JAIF', 'SUSTAINABILITY', 'Sustainability after the project', 20, 4);

-- What the reviewer checks on a submitted application.
create table funding_checklist_item (
    id bigint generated always as identity primary key,
    scheme_code varchar(32) not null references funding_scheme (code),
    code varchar(32) not null,
    text varchar(300) not null,
    position int not null,
    unique (scheme_code, code)
);

insert into funding_checklist_item (scheme_code, code, text, position) values
    ('JICA_GRASSROOTS_LG', 'PARTNER_LETTER', 'Letter of consent of the partner city''s counterpart attached', 1),
    ('JICA_GRASSROOTS_LG', 'BUDGET_BREAKDOWN', 'Budget broken down by expense item', 2),
    ('JICA_GRASSROOTS_LG', 'TRAVEL_SAFETY', 'Activities outside areas of a travel warning of level 3 or 4', 3),
    ('JICA_GRASSROOTS_LG', 'HEAD_APPROVAL', 'Proposal approved by the head of the local government', 4),
    ('MOEJ_JCM_CITY', 'PARTNER_LETTER', 'Letter of intent of the partner city attached', 1),
    ('MOEJ_JCM_CITY', 'JCM_COUNTRY', 'Partner country has signed a JCM bilateral document', 2),
    ('MOEJ_JCM_CITY', 'CO2_METHOD', 'Method to estimate the CO2 reduction described', 3),
    ('MOEJ_JCM_CITY', 'BUDGET_BREAKDOWN', 'Budget broken down by expense item', 4),
    ('JAIF', 'FOCAL_POINT_ENDORSEMENT', 'Endorsed by the ASEAN member state''s focal point', 1),
    ('JAIF', 'RESULTS_FRAMEWORK', 'Results framework with indicators and targets', 2),
    ('JAIF', 'BUDGET_BREAKDOWN', 'Budget broken down by expense item', 3);

-- The reports a scheme requires of a funded project. A periodic report is due days_after the
-- end of each period of interval_months from the contract start, for the periods that end
-- before the contract does; the completion report is due days_after the contract end.
create table funding_reporting_rule (
    scheme_code varchar(32) not null references funding_scheme (code),
    kind varchar(24) not null check (kind in ('PROGRESS_REPORT', 'COMPLETION_REPORT')),
    title varchar(100) not null,
    interval_months int check (interval_months > 0),
    days_after int not null check (days_after >= 0),
    primary key (scheme_code, kind),
    constraint progress_reports_are_periodic check ((kind = 'PROGRESS_REPORT') = (interval_months is not null))
);

insert into funding_reporting_rule (scheme_code, kind, title, interval_months, days_after) values
    ('JICA_GRASSROOTS_LG', 'PROGRESS_REPORT', 'Quarterly progress report', 3, 30),
    ('JICA_GRASSROOTS_LG', 'COMPLETION_REPORT', 'Completion report', null, 60),
    ('MOEJ_JCM_CITY', 'PROGRESS_REPORT', 'Quarterly progress report', 3, 14),
    ('MOEJ_JCM_CITY', 'COMPLETION_REPORT', 'Study completion report', null, 0),
    ('JAIF', 'PROGRESS_REPORT', 'Semi-annual progress report', 6, 30),
    ('JAIF', 'COMPLETION_REPORT', 'Completion report', null, 90);

-- One application per project and call round: round 2 is the application after a rejection or a lapse.
create table funding_application (
    id bigint generated always as identity primary key,
    project_id bigint not null references project (id),
    round int not null check (round > 0),
    scheme_code varchar(32) not null references funding_scheme (code),
    status varchar(32) not null check (status in ('SCHEME_CHOSEN', 'INELIGIBLE', 'DRAFTING', 'AWAITING_INTERNAL_APPROVAL',
        'SUBMITTED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'LAPSED', 'AGREED')),
    requested_amount_jpy bigint not null check (requested_amount_jpy > 0),
    duration_months int not null check (duration_months between 1 and 120),
    objectives varchar(4000),
    activities varchar(4000),
    -- why the last submission to the agency failed (e.g. the call closed), for the officer's draft screen
    submission_problem varchar(2000),
    submission_count int not null default 0,
    submitted_at timestamptz,
    created_by varchar(64) not null,
    created_at timestamptz not null default now(),
    unique (project_id, round)
);

create table funding_budget_line (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    position int not null,
    item varchar(200) not null,
    amount_jpy bigint not null check (amount_jpy > 0),
    unique (application_id, position)
);

-- Each evaluation of FundingEligibility with the reasons it gave; the latest check counts.
create table funding_eligibility_check (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    scheme_code varchar(32) not null references funding_scheme (code),
    requested_amount_jpy bigint not null,
    duration_months int not null,
    eligible boolean not null,
    checked_at timestamptz not null default now()
);

create index funding_eligibility_check_application_idx on funding_eligibility_check (application_id, id);

create table funding_eligibility_reason (
    check_id bigint not null references funding_eligibility_check (id),
    position int not null,
    field varchar(32) not null,
    reason varchar(500) not null,
    primary key (check_id, position)
);

-- The manager's internal approval before the application goes to the agency.
create table funding_internal_approval (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    decision varchar(8) not null check (decision in ('APPROVE', 'RETURN')),
    comment varchar(2000),
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now(),
    constraint return_has_comment check (decision <> 'RETURN' or comment is not null)
);

create index funding_internal_approval_application_idx on funding_internal_approval (application_id, id);

-- A reviewer who declares a conflict of interest takes no task of the application.
create table funding_conflict_declaration (
    application_id bigint not null references funding_application (id),
    reviewer varchar(64) not null,
    reason varchar(2000) not null,
    declared_at timestamptz not null default now(),
    primary key (application_id, reviewer)
);

-- The agency's screening of a submission: checklist, scores and comments.
create table funding_review (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    -- which submission was screened (1 = first, 2 = after the first revision, ...)
    submission int not null check (submission > 0),
    reviewer varchar(64) not null,
    comment varchar(4000) not null,
    -- sum of score x weight over the sum of the weights, 1.00 to 5.00
    weighted_score numeric(3, 2) not null check (weighted_score between 1 and 5),
    reviewed_at timestamptz not null default now()
);

create index funding_review_application_idx on funding_review (application_id, id);

create table funding_review_score (
    review_id bigint not null references funding_review (id),
    criterion_id bigint not null references funding_scoring_criterion (id),
    score int not null check (score between 1 and 5),
    primary key (review_id, criterion_id)
);

create table funding_review_check (
    review_id bigint not null references funding_review (id),
    checklist_item_id bigint not null references funding_checklist_item (id),
    fulfilled boolean not null,
    primary key (review_id, checklist_item_id)
);

-- The agency's decision: approve (with the approved amount), reject (with the reason), or request a revision by a deadline.
create table funding_decision (
    id bigint generated always as identity primary key,
    application_id bigint not null references funding_application (id),
    decision varchar(8) not null check (decision in ('APPROVE', 'REJECT', 'REVISE')),
    approved_amount_jpy bigint check (approved_amount_jpy > 0),
    reason varchar(2000),
    revision_deadline date,
    decided_by varchar(64) not null,
    decided_at timestamptz not null default now(),
    constraint approval_has_amount check ((decision = 'APPROVE') = (approved_amount_jpy is not null)),
    constraint refusal_has_reason check (decision = 'APPROVE' or reason is not null),
    constraint revision_has_deadline check ((decision = 'REVISE') = (revision_deadline is not null))
);

create index funding_decision_application_idx on funding_decision (application_id, id);

create table funding_agreement (
    id bigint generated always as identity primary key,
    application_id bigint not null unique references funding_application (id),
    approved_amount_jpy bigint not null check (approved_amount_jpy > 0),
    contract_start date not null,
    contract_end date not null,
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null default now(),
    constraint contract_ends_after_start check (contract_end > contract_start)
);

create table funding_instalment (
    id bigint generated always as identity primary key,
    agreement_id bigint not null references funding_agreement (id),
    position int not null,
    due_on date not null,
    amount_jpy bigint not null check (amount_jpy > 0),
    unique (agreement_id, position)
);

-- The reports owed under an agreement. Each becomes work when due (see FundingService); done_at
-- is set when the report is delivered.
create table funding_reporting_duty (
    id bigint generated always as identity primary key,
    agreement_id bigint not null references funding_agreement (id),
    kind varchar(24) not null check (kind in ('PROGRESS_REPORT', 'COMPLETION_REPORT')),
    title varchar(200) not null,
    period_end date,
    due_on date not null,
    done_at timestamptz
);

create index funding_reporting_duty_due_idx on funding_reporting_duty (due_on) where done_at is null;

insert into task_due_period (task_definition_key, due_days) values
    ('Task_ChooseFundingScheme', 14),
    ('Task_DraftFundingApplication', 30),
    ('Task_ApproveFundingApplication', 14),
    ('Task_ScreenFundingApplication', 30),
    ('Task_DecideOnFundingApplication', 14),
    -- the revision is due at the deadline the agency sets; this is only the fallback
    ('Task_ReviseFundingApplication', 30),
    ('Task_RecordFundingAgreement', 30);

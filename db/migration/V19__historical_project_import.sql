-- Historical projects imported from the offices' spreadsheets (issue 6). An imported project
-- starts no process; the import updates it by its code, and never touches a project run here.
alter table project add column imported boolean not null default false;
-- null: the organisation's own budget
alter table project add column funding_scheme_code varchar(32) references funding_scheme (code);
-- the register of past projects does not always know when a project ended
alter table project alter column planned_end drop not null;

-- The values of the import format (issue 6) that the proposal form's reference data lacked.
insert into theme (code, name) values
    ('CIRCULAR_ECONOMY', 'Circular economy'),
    ('DISASTER_RESILIENCE', 'Disaster resilience'),
    ('OTHER', 'Other')
on conflict (code) do nothing;

insert into cooperation_type (code, name, needs_feasibility_study) values
    ('INTERNATIONAL_CONTRIBUTION', 'International contribution', false),
    ('CONSULTATION', 'Consultation', false),
    ('OPERATION_MAINTENANCE', 'Operation and maintenance', false),
    ('INVESTMENT_BUSINESS', 'Investment and business', true)
on conflict (code) do nothing;

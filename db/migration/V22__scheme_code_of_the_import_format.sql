-- The MoE JCM city-to-city scheme was MOEJ_JCM_CITY; the offices' import format (issue 6) and its
-- files call it MOE_JCM_C2C. One code for one scheme: the reference data takes the format's code,
-- and every row that names the scheme follows (the foreign keys do not cascade updates).
insert into funding_scheme (code, name, agency_code, max_amount_jpy, max_duration_months, description, accepting_applications)
select 'MOE_JCM_C2C', name, agency_code, max_amount_jpy, max_duration_months, description, accepting_applications
from funding_scheme where code = 'MOEJ_JCM_CITY';

update funding_scheme_lead_kind set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_scheme_region set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_scoring_criterion set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_checklist_item set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_reporting_rule set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_application set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update funding_eligibility_check set scheme_code = 'MOE_JCM_C2C' where scheme_code = 'MOEJ_JCM_CITY';
update project set funding_scheme_code = 'MOE_JCM_C2C' where funding_scheme_code = 'MOEJ_JCM_CITY';

delete from funding_scheme where code = 'MOEJ_JCM_CITY';

-- Dashboards and report endpoints (issue 6, DD014).

-- The research tables list the regions in this order; reports keep it (the JSON "regions" array,
-- the table columns). A region added later without a position comes after these.
alter table region add column report_position int;
update region set report_position = case code
    when 'NORTHEAST_ASIA' then 1
    when 'SOUTH_ASIA' then 2
    when 'SOUTHEAST_ASIA' then 3
    when 'PACIFIC' then 4
    when 'LATIN_AMERICA' then 5
    when 'MIDDLE_EAST' then 6
    when 'AFRICA' then 7 end;

-- Every panel selects the projects that start in a range of fiscal years, of one lead organisation
-- (a manager's) or of all (an administrator's): one index for each access path, carrying the columns
-- the grouping needs so that the project counts are read from the index alone. The joins beyond the
-- project (trainees, rounds, applications, instalments) are served by the unique keys that lead with
-- the parent's id.
create index project_lead_start_idx on project (lead_organisation_id, planned_start)
    include (partner_organisation_id, theme_code, code);
create index project_start_idx on project (planned_start)
    include (lead_organisation_id, partner_organisation_id, theme_code, code);

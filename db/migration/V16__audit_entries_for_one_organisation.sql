-- An audit entry that belongs to one organisation's own work on a project, e.g. a funding agency's
-- screening score or a reviewer's conflict of interest: the lead and the partner city take part in
-- the project, not in the agency's review, so the project's timeline shows such an entry to that
-- organisation only. Null: an entry for everyone taking part in the project.
alter table audit_event add column only_for_organisation varchar(16) references organisation (code);

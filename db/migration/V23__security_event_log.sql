-- The security log (issue 7, DD019): sign-ins, refusals, task completions, uploads and downloads,
-- imports and administrators' changes, with who, their organisation, what, when and from where.
-- A table of its own beside audit_event (the project timeline): it holds events of no project
-- (sign-ins), events kept when the request rolls back (refusals), and it is append-only.
create table security_event (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    -- the username as typed for sign-in attempts (also unknown ones): no foreign key on purpose
    actor varchar(128) not null,
    -- the actor's organisation when the event was written; no foreign key: the log outlives what it names
    organisation_code varchar(16),
    action varchar(64) not null,
    detail varchar(2000),
    client_address varchar(64)
);

create index security_event_time_idx on security_event (occurred_at desc, id desc);
create index security_event_actor_idx on security_event (actor, occurred_at desc);

-- The owner of a table cannot be refused UPDATE or DELETE by REVOKE, so a trigger refuses them:
-- an entry once written stays as written. Retention is a DBA's deliberate act (disable the trigger).
create function security_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'security_event is append-only: % refused', tg_op;
end
$$;

create trigger security_event_append_only before update or delete on security_event
    for each row execute function security_event_refuse_change();
create trigger security_event_no_truncate before truncate on security_event
    for each statement execute function security_event_refuse_change();

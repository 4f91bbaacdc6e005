-- The IATI organisation identifier (DD017): registration agency prefix + the organisation's number there,
-- e.g. JP-JCN-8000020401005 (Kitakyushu City, Japan Corporate Number). Unique when known; IATI activity
-- identifiers of the projects an organisation leads start with it.
alter table organisation add column iati_identifier varchar(100) unique
    check (iati_identifier ~ '^[A-Z]{2}-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$');

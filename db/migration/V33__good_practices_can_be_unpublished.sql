-- The lead's officer may withdraw a good practice (DD037): it leaves the library, its search and matching,
-- but stays recorded with who withdrew it and when, as the audit trail refers to it.
alter table good_practice
    add column unpublished_by varchar(64),
    add column unpublished_at timestamptz,
    add constraint good_practice_unpublished_by_someone check ((unpublished_by is null) = (unpublished_at is null));

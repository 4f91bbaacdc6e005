-- An audit detail kept as the key of the screens' bundle and its arguments (DD035), so that the project's
-- history words it in the reader's language; detail keeps the English text for SQL readers, IATI and logs.
-- Rows written before have neither and are shown as written.
alter table audit_event add column detail_key varchar(200);
alter table audit_event add column detail_args text;

-- The language a user chose for the screens (issue 9). Empty: the browser's language decides.
alter table app_user add column language varchar(8);
alter table app_user add constraint app_user_language_supported check (language in ('en', 'ja'));

-- Names in English and Japanese (issue 9, DD029). Organisations and people get two explicit forms, at
-- least one of them given; "name" / "display_name" stay as a generated column: the English form, or the
-- Japanese where there is no English. Every query, sort, log and audit line that reads them keeps
-- working and shows that fallback; screens choose the user's form from the two explicit columns.

alter table organisation rename column name to name_en;
alter table organisation alter column name_en drop not null;
alter table organisation add column name_ja varchar(200);
alter table organisation add constraint organisation_has_a_name check (name_en is not null or name_ja is not null);
alter table organisation add column name varchar(200) generated always as (coalesce(name_en, name_ja)) stored;

alter table app_user rename column display_name to display_name_en;
alter table app_user alter column display_name_en drop not null;
alter table app_user add column display_name_ja varchar(200);
alter table app_user add constraint app_user_has_a_name check (display_name_en is not null or display_name_ja is not null);
alter table app_user add column display_name varchar(200) generated always as (coalesce(display_name_en, display_name_ja)) stored;

-- Reference data: the English name stays in "name" (every row has one); the Japanese form beside it, as
-- the Ministry of Foreign Affairs writes country names.
alter table region add column name_ja varchar(100);
alter table country add column name_ja varchar(100);

update region r set name_ja = v.name_ja from (values
    ('NORTHEAST_ASIA', '北東アジア'),
    ('SOUTH_ASIA', '南アジア'),
    ('SOUTHEAST_ASIA', '東南アジア'),
    ('PACIFIC', '大洋州'),
    ('LATIN_AMERICA', '中南米'),
    ('MIDDLE_EAST', '中東'),
    ('AFRICA', 'アフリカ')) as v (code, name_ja)
where r.code = v.code;

update country c set name_ja = v.name_ja from (values
    ('JP', '日本'),
    ('CN', '中国'),
    ('KR', '韓国'),
    ('MN', 'モンゴル'),
    ('TW', '台湾'),
    ('ID', 'インドネシア'),
    ('MY', 'マレーシア'),
    ('KH', 'カンボジア'),
    ('VN', 'ベトナム'),
    ('PH', 'フィリピン'),
    ('TH', 'タイ'),
    ('LA', 'ラオス'),
    ('MM', 'ミャンマー'),
    ('SG', 'シンガポール'),
    ('BN', 'ブルネイ'),
    ('TL', '東ティモール'),
    ('IN', 'インド'),
    ('BD', 'バングラデシュ'),
    ('LK', 'スリランカ'),
    ('NP', 'ネパール'),
    ('PK', 'パキスタン'),
    ('BT', 'ブータン'),
    ('MV', 'モルディブ'),
    ('FJ', 'フィジー'),
    ('PG', 'パプアニューギニア'),
    ('PW', 'パラオ'),
    ('WS', 'サモア'),
    ('SB', 'ソロモン諸島'),
    ('TO', 'トンガ'),
    ('VU', 'バヌアツ'),
    ('FM', 'ミクロネシア連邦'),
    ('MH', 'マーシャル諸島'),
    ('BR', 'ブラジル'),
    ('MX', 'メキシコ'),
    ('CL', 'チリ'),
    ('PE', 'ペルー'),
    ('CO', 'コロンビア'),
    ('AR', 'アルゼンチン'),
    ('CR', 'コスタリカ'),
    ('SA', 'サウジアラビア'),
    ('AE', 'アラブ首長国連邦'),
    ('IR', 'イラン'),
    ('JO', 'ヨルダン'),
    ('TR', 'トルコ'),
    ('EG', 'エジプト'),
    ('KE', 'ケニア'),
    ('ZA', '南アフリカ'),
    ('MZ', 'モザンビーク'),
    ('NG', 'ナイジェリア'),
    ('ET', 'エチオピア'),
    ('RW', 'ルワンダ'),
    ('SN', 'セネガル')) as v (iso2, name_ja)
where c.iso2 = v.iso2;

-- Regions as the research tables on city-to-city cooperation report them.
create table region (
    code varchar(32) primary key,
    name varchar(100) not null
);

insert into region (code, name) values
    ('NORTHEAST_ASIA', 'Northeast Asia'),
    ('SOUTH_ASIA', 'South Asia'),
    ('SOUTHEAST_ASIA', 'Southeast Asia'),
    ('PACIFIC', 'Pacific'),
    ('LATIN_AMERICA', 'Latin America'),
    ('MIDDLE_EAST', 'Middle East'),
    ('AFRICA', 'Africa');

-- ISO 3166-1 alpha-2; the region of a partner city is derived from its country, never typed.
create table country (
    iso2 char(2) primary key check (iso2 ~ '^[A-Z]{2}$'),
    name varchar(100) not null,
    region_code varchar(32) not null references region (code)
);

insert into country (iso2, name, region_code) values
    ('JP', 'Japan', 'NORTHEAST_ASIA'),
    ('CN', 'China', 'NORTHEAST_ASIA'),
    ('KR', 'Republic of Korea', 'NORTHEAST_ASIA'),
    ('MN', 'Mongolia', 'NORTHEAST_ASIA'),
    ('TW', 'Taiwan', 'NORTHEAST_ASIA'),
    ('ID', 'Indonesia', 'SOUTHEAST_ASIA'),
    ('MY', 'Malaysia', 'SOUTHEAST_ASIA'),
    ('KH', 'Cambodia', 'SOUTHEAST_ASIA'),
    ('VN', 'Viet Nam', 'SOUTHEAST_ASIA'),
    ('PH', 'Philippines', 'SOUTHEAST_ASIA'),
    ('TH', 'Thailand', 'SOUTHEAST_ASIA'),
    ('LA', 'Lao People''s Democratic Republic', 'SOUTHEAST_ASIA'),
    ('MM', 'Myanmar', 'SOUTHEAST_ASIA'),
    ('SG', 'Singapore', 'SOUTHEAST_ASIA'),
    ('BN', 'Brunei Darussalam', 'SOUTHEAST_ASIA'),
    ('TL', 'Timor-Leste', 'SOUTHEAST_ASIA'),
    ('IN', 'India', 'SOUTH_ASIA'),
    ('BD', 'Bangladesh', 'SOUTH_ASIA'),
    ('LK', 'Sri Lanka', 'SOUTH_ASIA'),
    ('NP', 'Nepal', 'SOUTH_ASIA'),
    ('PK', 'Pakistan', 'SOUTH_ASIA'),
    ('BT', 'Bhutan', 'SOUTH_ASIA'),
    ('MV', 'Maldives', 'SOUTH_ASIA'),
    ('FJ', 'Fiji', 'PACIFIC'),
    ('PG', 'Papua New Guinea', 'PACIFIC'),
    ('PW', 'Palau', 'PACIFIC'),
    ('WS', 'Samoa', 'PACIFIC'),
    ('SB', 'Solomon Islands', 'PACIFIC'),
    ('TO', 'Tonga', 'PACIFIC'),
    ('VU', 'Vanuatu', 'PACIFIC'),
    ('FM', 'Micronesia (Federated States of)', 'PACIFIC'),
    ('MH', 'Marshall Islands', 'PACIFIC'),
    ('BR', 'Brazil', 'LATIN_AMERICA'),
    ('MX', 'Mexico', 'LATIN_AMERICA'),
    ('CL', 'Chile', 'LATIN_AMERICA'),
    ('PE', 'Peru', 'LATIN_AMERICA'),
    ('CO', 'Colombia', 'LATIN_AMERICA'),
    ('AR', 'Argentina', 'LATIN_AMERICA'),
    ('CR', 'Costa Rica', 'LATIN_AMERICA'),
    ('SA', 'Saudi Arabia', 'MIDDLE_EAST'),
    ('AE', 'United Arab Emirates', 'MIDDLE_EAST'),
    ('IR', 'Iran (Islamic Republic of)', 'MIDDLE_EAST'),
    ('JO', 'Jordan', 'MIDDLE_EAST'),
    ('TR', 'Türkiye', 'MIDDLE_EAST'),
    ('EG', 'Egypt', 'AFRICA'),
    ('KE', 'Kenya', 'AFRICA'),
    ('ZA', 'South Africa', 'AFRICA'),
    ('MZ', 'Mozambique', 'AFRICA'),
    ('NG', 'Nigeria', 'AFRICA'),
    ('ET', 'Ethiopia', 'AFRICA'),
    ('RW', 'Rwanda', 'AFRICA'),
    ('SN', 'Senegal', 'AFRICA');

create table organisation (
    id bigint generated always as identity primary key,
    -- short code: the prefix of project codes and of engine groups ("KIT:officer")
    code varchar(16) not null unique check (code ~ '^[A-Z0-9]{2,16}$'),
    name varchar(200) not null,
    kind varchar(24) not null check (kind in ('PREFECTURE', 'CITY', 'TOWN', 'VILLAGE', 'COOPERATIVE',
        'PARTNER_CITY', 'FUNDING_AGENCY', 'COMPANY', 'NGO', 'UNIVERSITY', 'ASSOCIATION')),
    country_iso2 char(2) not null references country (iso2),
    -- the cooperative a member municipality belongs to
    cooperative_id bigint references organisation (id),
    -- how a cooperative's members decide on consent: every member, or a majority
    consent_rule varchar(8) check (consent_rule in ('ALL', 'MAJORITY')),
    constraint cooperative_has_consent_rule check ((kind = 'COOPERATIVE') = (consent_rule is not null))
);

create index organisation_cooperative_idx on organisation (cooperative_id);

create table app_user (
    id bigint generated always as identity primary key,
    username varchar(64) not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name varchar(200) not null,
    email varchar(254),
    password_hash varchar(100) not null,
    organisation_id bigint not null references organisation (id),
    enabled boolean not null default true
);

create index app_user_organisation_idx on app_user (organisation_id);

-- A role is also the Camunda candidate group of the tasks its holders do.
create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role varchar(24) not null check (role in ('officer', 'manager', 'member-delegate', 'partner', 'reviewer', 'admin')),
    primary key (user_id, role)
);

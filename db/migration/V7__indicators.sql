-- The library of city environmental indicators that action plans and follow-up reports use.
-- Reference data: an administrator adds or edits entries; a code never changes once used.
create table indicator (
    code varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name varchar(200) not null,
    unit varchar(40) not null,
    -- which way is progress: HIGHER (coverage, recycling) or LOWER (landfill, non-revenue water)
    direction varchar(8) not null check (direction in ('HIGHER', 'LOWER')),
    theme_code varchar(32) references theme (code)
);

insert into indicator (code, name, unit, direction, theme_code) values
    ('WASTE_COLLECTION_COVERAGE', 'Waste collection coverage', '%', 'HIGHER', 'WASTE'),
    ('RECYCLING_RATE', 'Recycling rate', '%', 'HIGHER', 'WASTE'),
    ('WASTE_LANDFILLED', 'Waste landfilled', 't/day', 'LOWER', 'WASTE'),
    ('COMPOSTING', 'Organic waste composted', 't/day', 'HIGHER', 'WASTE'),
    ('WATER_SUPPLY_COVERAGE', 'Water supply coverage', '%', 'HIGHER', 'WATER_SUPPLY'),
    ('NON_REVENUE_WATER', 'Non-revenue water', '%', 'LOWER', 'WATER_SUPPLY'),
    ('SEWAGE_TREATED', 'Sewage treated', '%', 'HIGHER', 'SEWERAGE'),
    ('CO2_REDUCTION', 'CO2 emissions reduced', 't-CO2/year', 'HIGHER', 'LOW_CARBON');

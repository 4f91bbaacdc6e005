-- Indicator names in Japanese (issue 9, DD032). Administrators add indicators at run time, so the
-- names cannot be bundle keys: the row carries both forms, as organisations' names do (DD029).
-- `name` stays the English form (IATI, logs, audit); `name_ja` may be empty for a new indicator.
alter table indicator add column name_ja varchar(200);

update indicator set name_ja = case code
    when 'WASTE_COLLECTION_COVERAGE' then 'ごみ収集カバー率'
    when 'RECYCLING_RATE' then 'リサイクル率'
    when 'WASTE_LANDFILLED' then '埋立処分量'
    when 'COMPOSTING' then '堆肥化量'
    when 'WATER_SUPPLY_COVERAGE' then '給水普及率'
    when 'NON_REVENUE_WATER' then '無収水率'
    when 'SEWAGE_TREATED' then '下水処理率'
    when 'CO2_REDUCTION' then 'CO2削減量'
end;

-- A transfer is reversed at most once and a reversal reverses one transfer: both links stay unique.
-- But nearly every row has neither link, and a unique constraint indexes those NULLs too: two index
-- insertions per transfer that no lookup ever uses. Partial unique indexes keep the rule and index
-- only the links that exist.
alter table sel_transfer_registry drop constraint sel_transfer_registry_reverses_key;
alter table sel_transfer_registry drop constraint sel_transfer_registry_reversed_by_key;
create unique index sel_transfer_registry_reverses on sel_transfer_registry (reverses) where reverses is not null;
create unique index sel_transfer_registry_reversed_by on sel_transfer_registry (reversed_by) where reversed_by is not null;

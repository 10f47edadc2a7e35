-- Rollback snapshots (query side, operators): the state of balances, roster and open group
-- orders folded from the raw events up to one global position. `state` keeps the canonical
-- form byte for byte, so its SHA-256 can be recomputed and compared at any time.
-- `database_id` is the installation it was taken on: a rollback elsewhere is refused.
create table rollback_snapshot (
    snapshot_id  uuid         primary key,
    label        varchar(200) not null,
    position     bigint       not null,
    taken_at     timestamptz  not null,
    checksum     char(64)     not null,
    database_id  uuid         not null,
    community_id uuid         not null,
    state        text         not null
);
create index rollback_snapshot_taken on rollback_snapshot (taken_at desc);
create index rollback_snapshot_label on rollback_snapshot (label);

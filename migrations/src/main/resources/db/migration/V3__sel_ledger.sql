-- Command side: the ledger's memory of every transfer and reversal, written in the same
-- transaction as the events. It answers idempotent repeats and reversals, and keeps memos and
-- reasons (free text that may name a child) out of the event payloads. Keeping it here rather
-- than in the Ledger aggregate keeps the aggregate's snapshot O(families), not O(transfers).
create table sel_transfer_registry (
    transfer_id   uuid         primary key,
    community_id  uuid         not null,
    kind          varchar(10)  not null check (kind in ('TRANSFER', 'REVERSAL')),
    payer         uuid         not null,
    payee         uuid         not null,
    amount        bigint       not null check (amount > 0),
    memo          varchar(200),
    booked_at     timestamptz  not null,
    payer_balance bigint       not null,
    payee_balance bigint       not null,
    reverses      uuid         unique references sel_transfer_registry (transfer_id),
    reversed_by   uuid         unique
);

-- Read models (query side).
create table sel_account (
    family_id      uuid    primary key,
    community_id   uuid    not null,
    balance        bigint  not null default 0,
    transfer_count bigint  not null default 0,
    closed         boolean not null default false,
    last_sequence  bigint  not null -- the ledger event last applied: replays and repeats are no-ops
);

-- One row per family and movement: a transfer appears in the payer's and the payee's history.
create table sel_entry (
    family_id      uuid        not null,
    transfer_id    uuid        not null,
    payer          uuid        not null,
    payee          uuid        not null,
    amount         bigint      not null,
    booked_at      timestamptz not null,
    status         varchar(10) not null,
    kind           varchar(10) not null,
    reverses       uuid,
    balance_after  bigint      not null,
    event_position bigint      not null,
    primary key (family_id, transfer_id)
);
create index sel_entry_history on sel_entry (family_id, booked_at desc, event_position desc);
create index sel_entry_transfer on sel_entry (transfer_id);

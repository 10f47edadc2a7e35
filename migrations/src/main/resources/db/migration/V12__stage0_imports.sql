-- The Stage 0 -> 1 import (API.md, Stage 0 → 1 import).

-- Staff logins that Stage 0 had (coordinators): a login with no hash cannot log in until a reset.
alter table app_user alter column password_hash drop not null;

-- Staff's personal data, owned by the personal-data module like the families'.
create table staff_personal_data (
    user_id            uuid         primary key references app_user (user_id) on delete cascade,
    name               varchar(100) not null,
    email              varchar(254) not null,
    phone              varchar(40),
    preferred_language varchar(10)
);

-- Every import and dry run with its report (ids, counts and codes only: no personal data).
create table stage0_import (
    import_id     uuid         primary key,
    community_id  uuid         not null,
    source_sha256 char(64)     not null,
    dry_run       boolean      not null,
    status        varchar(20)  not null, -- RUNNING, IMPORTED, ROLLED_BACK, DRY_RUN
    started_at    timestamptz  not null,
    report        text
);
create index stage0_import_source on stage0_import (source_sha256);

-- Which ledger id each imported source row became: what makes a second import of the same
-- rows import nothing, what the checksum reads back, and what a rollback withdraws.
create table stage0_import_row (
    import_id    uuid        not null references stage0_import (import_id),
    source_table varchar(20) not null, -- families, users, children
    source_id    bigint      not null,
    ledger_id    uuid        not null,
    primary key (import_id, source_table, source_id)
);
create index stage0_import_row_source on stage0_import_row (source_table, source_id);

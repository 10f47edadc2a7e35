-- Stage migrations (API.md, Stage migrations). Read models of the query side, built from the
-- StageMigration aggregate's events; each row remembers the last event sequence it took in, so
-- an event handled twice changes nothing.
create table stage_migration (
    migration_id      uuid             primary key,
    community_id      uuid             not null,
    from_stage        integer          not null,
    to_stage          integer          not null,
    status            varchar(20)      not null,
    scheduled_for     timestamptz      not null,
    downtime_minutes  integer          not null,
    planned_at        timestamptz      not null,
    announced_at      timestamptz,
    executed_at       timestamptz,
    watch_until       timestamptz,
    snapshot_id       uuid,
    overridden        boolean,
    override_reason   varchar(500),
    p95_before_ms     double precision,
    error_rate_before double precision,
    rolled_back_at    timestamptz,
    last_sequence     bigint           not null
);
create index stage_migration_planned on stage_migration (planned_at desc);

create table stage_migration_feature (
    migration_id uuid          not null,
    position     integer       not null,
    name         varchar(200)  not null,
    benefit      varchar(500)  not null,
    primary key (migration_id, position)
);

-- Manual checklist items as last ticked; done_by is the actor's user id, never a name.
create table stage_migration_check (
    migration_id  uuid         not null,
    item          varchar(40)  not null,
    done          boolean      not null,
    note          varchar(500),
    done_by       varchar(100),
    done_at       timestamptz  not null,
    last_sequence bigint       not null,
    primary key (migration_id, item)
);

create table stage_migration_rehearsal (
    migration_id uuid          not null,
    sequence     bigint        not null,
    environment  varchar(100)  not null,
    succeeded    boolean       not null,
    notes        varchar(1000),
    rehearsed_at timestamptz   not null,
    primary key (migration_id, sequence)
);

-- Every stage change of the community, advances and returns, for the dashboard's history.
create table community_stage_history (
    community_id uuid        not null,
    sequence     bigint      not null,
    from_stage   integer     not null,
    to_stage     integer     not null,
    changed_at   timestamptz not null,
    overridden   boolean     not null,
    reason       varchar(500),
    primary key (community_id, sequence)
);

-- Personal data (owned by the personal-data module): the contact address an announcement names.
create table migration_contact (
    migration_id uuid         primary key,
    community_id uuid         not null,
    email        varchar(254) not null
);

-- Operators' rollback dry runs, written by the rollback endpoint: a migration's checklist asks
-- whether the rollback to its backup was rehearsed.
create table rollback_rehearsal (
    snapshot_id    uuid        not null,
    rehearsed_at   timestamptz not null,
    transfers      integer     not null,
    primary key (snapshot_id, rehearsed_at)
);

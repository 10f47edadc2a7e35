-- Read models of the stage-gate metrics (query side). Months are calendar months in the
-- community's time zone ('2026-11'), computed from the event's own time, not the clock of the
-- projection, so a replay or seeded history lands in the same months.

-- One row per completed SEL transfer; a reversed transfer no longer counts.
create table metric_sel_transfer (
    transfer_id uuid        primary key,
    month       char(7)     not null,
    amount      bigint      not null,
    booked_at   timestamptz not null,
    reversed    boolean     not null default false
);
create index metric_sel_transfer_month on metric_sel_transfer (month);

-- Who was active on which day (community time zone): as payer or payee, as the actor of a
-- command (metadata "actor"), or by placing a group-order line. Staff actors are stored too
-- and left out by the join with metric_family.
create table metric_activity (
    actor_id uuid not null,
    day      date not null,
    primary key (actor_id, day)
);
create index metric_activity_day on metric_activity (day);

create table metric_family (
    family_id uuid primary key
);

-- One row per group-order line, counted in the month it was placed while not withdrawn.
create table metric_order_line (
    group_order_id uuid        not null,
    family_id      uuid        not null,
    month          char(7)     not null,
    placed_at      timestamptz not null,
    withdrawn      boolean     not null default false,
    last_sequence  bigint      not null,
    primary key (group_order_id, family_id)
);
create index metric_order_line_month on metric_order_line (month);

-- The latest value of each reported indicator.
create table metric_indicator (
    name          varchar(40)      primary key,
    value         double precision not null,
    recorded_at   timestamptz      not null,
    last_sequence bigint           not null
);

create table community_stage (
    community_id  uuid        primary key,
    stage         integer     not null,
    advanced_at   timestamptz not null,
    overridden    boolean     not null,
    reason        varchar(500),
    snapshot_id   uuid,
    last_sequence bigint      not null
);

-- Written by every running node once a minute; a gap longer than two minutes is downtime.
create table uptime_heartbeat (
    node_id uuid        not null,
    beat_at timestamptz not null,
    primary key (beat_at, node_id)
);

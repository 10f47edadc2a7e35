-- Command side: db-scheduler's table (its PostgreSQL DDL for version 16), where Axon's
-- DbSchedulerDeadlineManager keeps every pending deadline. A group order's deadline is a row
-- here, written in the same transaction as the GroupOrderOpened event, so a restart loses
-- nothing and a deadline that passed while the service was down fires when it comes back.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Read models (query side), built from the GroupOrder events by GroupOrderProjection.
create table group_order (
    group_order_id     uuid         primary key,
    community_id       uuid         not null,
    title              varchar(200) not null,
    unit_price_cents   bigint       not null,
    min_quantity       bigint       not null,
    deadline           timestamptz  not null,
    status             varchar(10)  not null check (status in ('OPEN', 'CONFIRMED', 'CANCELLED')),
    total_quantity     bigint       not null default 0,
    opened_at          timestamptz  not null,
    closed_at          timestamptz,
    closed_at_deadline boolean
);
create index group_order_opened on group_order (opened_at desc);

-- One row per order and family. A withdrawn line keeps its row with quantity 0.
--
-- "Orders per month" for the metrics (ARCHITECTURE.md: group-order lines placed and not
-- withdrawn, per calendar month): count the rows with quantity > 0 by placed_month, or read the
-- view group_order_lines_per_month below.
--   placed_at     when the line was placed (a line withdrawn and placed again starts anew;
--                 changing the quantity of a live line keeps its placed_at)
--   placed_month  'YYYY-MM' of placed_at in the community time zone (schoolhub.time-zone,
--                 Europe/Brussels by default), as written by the projection
--   quantity      0 once withdrawn; lines of a cancelled order keep their quantity (they were
--                 placed and not withdrawn), join group_order.status to leave them out
create table group_order_line (
    group_order_id uuid        not null references group_order (group_order_id) on delete cascade,
    family_id      uuid        not null,
    community_id   uuid        not null,
    quantity       bigint      not null check (quantity >= 0),
    placed_at      timestamptz not null,
    placed_month   char(7)     not null,
    updated_at     timestamptz not null,
    withdrawn_at   timestamptz,
    paid_cents     bigint      not null default 0,
    last_sequence  bigint      not null, -- the order's event last applied to this line: repeats are no-ops
    primary key (group_order_id, family_id)
);
create index group_order_line_family on group_order_line (family_id);
create index group_order_line_month on group_order_line (placed_month) where quantity > 0;

-- Payments recorded for a line; the reference is the idempotency key (a repeat inserts nothing).
create table group_order_payment (
    group_order_id uuid         not null,
    family_id      uuid         not null,
    reference      varchar(100) not null,
    amount_cents   bigint       not null check (amount_cents > 0),
    paid_at        timestamptz  not null,
    primary key (group_order_id, family_id, reference)
);

-- Orders per month, for the metrics: month 'YYYY-MM' (community time zone), orders = lines
-- placed in that month and not withdrawn.
create view group_order_lines_per_month as
select community_id, placed_month as month, count(*) as orders
  from group_order_line
 where quantity > 0
 group by community_id, placed_month;

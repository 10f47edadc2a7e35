-- Activity through SEL transfers, kept per transfer so that a reversal takes it back: a reversed
-- transfer makes no family active (API.md, Stage migrations). metric_activity keeps the rest
-- (commands, group-order lines); rows it got from transfers before this script go with the next
-- replay of the metric-activity projection.
create table metric_transfer_activity (
    transfer_id uuid not null,
    family_id   uuid not null,
    day         date not null,
    primary key (transfer_id, family_id)
);
create index metric_transfer_activity_day on metric_transfer_activity (day);

-- Transfers reversed: a completion handled again after its reversal must not come back.
create table metric_reversed_transfer (
    transfer_id uuid primary key
);

-- Read model (query side) of families' notifications, built from the events by
-- NotificationProjection. A notification's id is the global position of the event it comes from:
-- a replay gives every notification the same id again, so a client's "after=<id>" stays valid.
-- One event can notify several families (an order's confirmation), hence the key with family_id.
-- No personal data: ids, amounts, statuses and instants only.
--   subject_id   the transfer, payment request or group order the notification is about
--   from_family  the paying family, to_family the paid one (transfers and payment requests)
--   status       a payment request's answer (ACCEPTED, DECLINED, CANCELLED, EXPIRED)
--   due_at       a payment request's expiry, a group order's deadline
create table notification (
    family_id   uuid        not null,
    id          bigint      not null,
    type        varchar(32) not null,
    at          timestamptz not null,
    subject_id  uuid        not null,
    from_family uuid,
    to_family   uuid,
    amount      bigint,
    status      varchar(10),
    due_at      timestamptz,
    primary key (family_id, id)
);

-- Which families have a live line in which group order: the recipients of its closing.
create table notification_order_line (
    group_order_id uuid not null,
    family_id      uuid not null,
    primary key (group_order_id, family_id)
);

-- Not a read model (a replay leaves it alone): the notifications already sent by e-mail, so that
-- none is sent twice, by any node, even after a replay of the notifications.
create table notification_mailed (
    family_id uuid        not null,
    id        bigint      not null,
    mailed_at timestamptz not null,
    primary key (family_id, id)
);

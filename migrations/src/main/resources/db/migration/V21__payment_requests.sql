-- Read model (query side) of families' payment requests, built from the PaymentRequest events by
-- PaymentRequestProjection. The memo is not here: it is personal data, kept in transfer_memo
-- (personal-data module) under the request's id, with the request's parties for an erasure.
--   from_family  the payer, asked to pay
--   to_family    the payee, who asked
--   status       where the request stands after its last event; a PENDING row past expires_at
--                is shown EXPIRED (the deadline's event follows at its next poll)
create table payment_request (
    request_id    uuid        primary key,
    community_id  uuid        not null,
    from_family   uuid        not null,
    to_family     uuid        not null,
    amount        bigint      not null check (amount > 0),
    status        varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
    expires_at    timestamptz not null,
    requested_at  timestamptz not null,
    answered_at   timestamptz,
    transfer_id   uuid,
    last_sequence bigint      not null
);
create index payment_request_from on payment_request (from_family, requested_at desc);
create index payment_request_to on payment_request (to_family, requested_at desc);

-- Memos are families' own words: personal data, owned by the personal-data module like names and
-- e-mail addresses, and no longer a column of the command side's transfer registry. The registry
-- keeps a digest of each memo, enough to recognise a repeated request; the text moves here, with
-- the transfer's parties so that erasing a family finds the memos of its transfers. Nothing is
-- lost: every memo is copied before its column goes.
create table transfer_memo (
    transfer_id  uuid primary key,
    community_id uuid not null,
    payer        uuid not null,
    payee        uuid not null,
    memo         varchar(200) not null check (memo <> '')
);

insert into transfer_memo (transfer_id, community_id, payer, payee, memo)
select transfer_id, community_id, payer, payee, memo
  from sel_transfer_registry
 where memo is not null and memo <> '';

alter table sel_transfer_registry add column memo_digest bytea;
update sel_transfer_registry set memo_digest = sha256(convert_to(coalesce(memo, ''), 'UTF8'));
alter table sel_transfer_registry alter column memo_digest set not null;
alter table sel_transfer_registry drop column memo;

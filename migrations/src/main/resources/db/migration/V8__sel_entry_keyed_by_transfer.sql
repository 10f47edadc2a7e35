-- sel_entry had three indexes: its key (family, transfer), a family's history, and the transfer
-- alone (to mark a reversed transfer). Keyed by (transfer, family) the key serves that last
-- lookup too, and a replay maintains two indexes per row instead of three.
alter table sel_entry drop constraint sel_entry_pkey;
alter table sel_entry add primary key (transfer_id, family_id);
drop index sel_entry_transfer;

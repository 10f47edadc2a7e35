package org.schoolhub.command.ledger;

import org.schoolhub.support.store.FreshlyPlanned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.values.Community;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the ledger books in the current unit of work in memory and writes it, in one JDBC
 * batch, when that unit of work commits: a group of commands sees its own earlier transfers
 * (a repeat within the group is recognised) and costs one round trip to store.
 */
@Component
class JdbcTransferRegistry implements TransferRegistry {

    private static final String PENDING = JdbcTransferRegistry.class.getName() + ".pending";
    private static final String COLUMNS = """
            select transfer_id, kind, payer, payee, amount, memo_digest, booked_at, payer_balance, payee_balance,
                   reverses, reversed_by from sel_transfer_registry""";
    private static final String INSERT = """
            insert into sel_transfer_registry (transfer_id, community_id, kind, payer, payee, amount, memo_digest,
                   booked_at, payer_balance, payee_balance, reverses, reversed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String MARK_REVERSED =
            "update sel_transfer_registry set reversed_by = ? where transfer_id = ? and reversed_by is null";

    private final JdbcTemplate jdbc;
    private final Community community;
    private final TransferMemos memos;

    JdbcTransferRegistry(JdbcTemplate jdbc, Community community, TransferMemos memos) {
        this.jdbc = jdbc;
        this.community = community;
        this.memos = memos;
    }

    @Override
    public void prepare(Collection<UUID> transferIds) {
        if (transferIds.isEmpty()) {
            return;
        }
        Pending pending = pending();
        transferIds.forEach(id -> pending.stored.put(id, Optional.empty()));
        jdbc.query(FreshlyPlanned.query(COLUMNS + " where transfer_id = any(?)", (Object) transferIds.toArray(UUID[]::new)),
                rs -> {
                    RecordedTransfer found = map(rs, 0);
                    pending.stored.put(found.transferId(), Optional.of(found));
                });
    }

    @Override
    public Optional<RecordedTransfer> find(UUID transferId) {
        Pending pending = pending();
        RecordedTransfer booked = pending.transfers.get(transferId);
        if (booked != null) {
            return Optional.of(booked);
        }
        Optional<RecordedTransfer> stored = pending.stored.computeIfAbsent(transferId, id ->
                jdbc.query(FreshlyPlanned.query(COLUMNS + " where transfer_id = ?", id), JdbcTransferRegistry::map)
                        .stream().findFirst());
        UUID reversal = pending.reversals.get(transferId);
        return reversal == null ? stored : stored.map(t -> t.reversedBy(reversal));
    }

    @Override
    public void record(RecordedTransfer transfer) {
        pending().transfers.put(transfer.transferId(), transfer);
    }

    @Override
    public void markReversed(UUID transferId, UUID reversalId) {
        Pending pending = pending();
        RecordedTransfer booked = pending.transfers.get(transferId);
        if (booked != null) {
            pending.transfers.put(transferId, booked.reversedBy(reversalId));
        } else {
            pending.reversals.put(transferId, reversalId);
        }
    }

    private Pending pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Pending created = new Pending();
            root.onPrepareCommit(u -> store(created));
            return created;
        });
    }

    private void store(Pending pending) {
        List<Object[]> rows = new ArrayList<>(pending.transfers.size());
        List<TransferMemos.Memo> texts = new ArrayList<>();
        for (RecordedTransfer t : pending.transfers.values()) {
            rows.add(new Object[]{t.transferId(), community.communityId(), t.kind().name(), t.payer(), t.payee(),
                    t.amount(), t.memoDigest().bytes(), Timestamp.from(t.bookedAt()), t.payerBalance(),
                    t.payeeBalance(), t.reverses(), t.reversedBy()});
            if (t.memo() != null && !t.memo().isEmpty()) {
                texts.add(new TransferMemos.Memo(t.transferId(), community.communityId(), t.payer(), t.payee(), t.memo()));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
        memos.record(texts);
        List<Object[]> marks = new ArrayList<>(pending.reversals.size());
        pending.reversals.forEach((transferId, reversalId) -> marks.add(new Object[]{reversalId, transferId}));
        if (!marks.isEmpty()) {
            jdbc.batchUpdate(MARK_REVERSED, marks);
        }
    }

    private static RecordedTransfer map(ResultSet rs, int row) throws SQLException {
        return new RecordedTransfer(rs.getObject("transfer_id", UUID.class),
                RecordedTransfer.Kind.valueOf(rs.getString("kind")),
                rs.getObject("payer", UUID.class), rs.getObject("payee", UUID.class), rs.getLong("amount"),
                null, rs.getTimestamp("booked_at").toInstant(),
                rs.getLong("payer_balance"), rs.getLong("payee_balance"),
                rs.getObject("reverses", UUID.class), rs.getObject("reversed_by", UUID.class),
                MemoDigest.fromBytes(rs.getBytes("memo_digest")));
    }

    /**
     * What this unit of work booked (insertion order kept: an original is stored before a
     * reversal that refers to it), and what it already read from the table.
     */
    private static final class Pending {
        final Map<UUID, Optional<RecordedTransfer>> stored = new HashMap<>();
        final Map<UUID, RecordedTransfer> transfers = new LinkedHashMap<>();
        final Map<UUID, UUID> reversals = new LinkedHashMap<>();
    }
}

package org.schoolhub.personal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcTransferMemos implements TransferMemos {

    // a repeated booking of the same transfer (a retried group) keeps the first memo
    private static final String INSERT = """
            insert into transfer_memo (transfer_id, community_id, payer, payee, memo) values (?, ?, ?, ?, ?)
            on conflict (transfer_id) do nothing""";

    private final JdbcTemplate jdbc;

    JdbcTransferMemos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<Memo> memos) {
        List<Object[]> rows = memos.stream().filter(m -> m.text() != null && !m.text().isEmpty())
                .map(m -> new Object[]{m.transferId(), m.communityId(), m.payer(), m.payee(), m.text()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    @Override
    public Map<UUID, String> of(Collection<UUID> transferIds) {
        Map<UUID, String> memos = new HashMap<>();
        if (transferIds.isEmpty()) {
            return memos;
        }
        jdbc.query("select transfer_id, memo from transfer_memo where transfer_id = any(?)",
                rs -> {
                    memos.put(rs.getObject("transfer_id", UUID.class), rs.getString("memo"));
                }, (Object) transferIds.toArray(UUID[]::new));
        return memos;
    }

    void eraseFor(UUID familyId) {
        jdbc.update("delete from transfer_memo where payer = ? or payee = ?", familyId, familyId);
    }
}

package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.OneGroup;
import org.schoolhub.service.support.Verify;
import org.schoolhub.shared.commands.RollBackSelLedger;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.LedgerRollbackReceipt;
import org.schoolhub.shared.values.TransferReceipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger's rollback command in the middle of a command group: it undoes the transfers of its
 * group that came before it (not yet committed when it runs) and none of those after it.
 */
class LedgerRollbackInGroupTest extends ApiTest {

    private static final long ANSWER_SECONDS = 60;

    @Autowired
    CommandGateway gateway;

    @Autowired
    Community community;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_rollback_undoes_the_transfers_queued_before_it_in_its_group_and_none_after_it() throws Exception {
        Family a = enrol("Group Rollback A");
        Family b = enrol("Group Rollback B");
        assertThat(send(a, b, 10).get(ANSWER_SECONDS, TimeUnit.SECONDS).amount()).isEqualTo(10);
        Response snapshot = api.post("/api/admin/snapshots", Map.of("label", "before the group"), ADMIN);
        UUID snapshotId = UUID.fromString(snapshot.json().get("snapshotId").asString());
        Map<UUID, Long> atSnapshot = new HashMap<>();
        snapshot.json().get("accounts").forEach(account -> atSnapshot.put(
                UUID.fromString(account.get("familyId").asString()), account.get("balance").asLong()));
        long point = jdbc.queryForObject("select max(sequence_number) from domain_event_entry"
                + " where aggregate_identifier = ? and global_index <= ?", Long.class,
                community.communityId().toString(), snapshot.json().get("position").asLong());

        List<CompletableFuture<TransferReceipt>> before = new ArrayList<>();
        List<CompletableFuture<TransferReceipt>> after = new ArrayList<>();
        CompletableFuture<LedgerRollbackReceipt> rollback;
        CompletableFuture<TransferReceipt> first;
        try (OneGroup group = OneGroup.hold(dataSource)) {
            first = send(a, b, 1);
            group.awaitFirstBlocked(jdbc);
            before.add(send(a, b, 2));
            before.add(send(b, a, 3));
            before.add(send(a, b, 4));
            rollback = gateway.send(new RollBackSelLedger(community.communityId(), UUID.randomUUID(), snapshotId,
                    point, atSnapshot, "in one group"));
            after.add(send(b, a, 5));
            after.add(send(a, b, 6));
            group.release();
        }

        List<UUID> undone = new ArrayList<>();
        rollback.get(ANSWER_SECONDS, TimeUnit.SECONDS).compensations().forEach(c -> undone.add(c.transferId()));
        assertThat(undone).containsExactly(id(before.get(2)), id(before.get(1)), id(before.get(0)), id(first));
        for (CompletableFuture<TransferReceipt> later : after) {
            assertThat(undone).doesNotContain(id(later));
        }
        eventually(() -> {
            assertThat(balance(a)).isEqualTo(atSnapshot.get(a.id()) + 5 - 6);
            assertThat(balance(b)).isEqualTo(atSnapshot.get(b.id()) - 5 + 6);
        });
        Verify.assertConsistent(api, ADMIN, List.of(a.id(), b.id()));
    }

    private CompletableFuture<TransferReceipt> send(Family from, Family to, long amount) {
        return gateway.send(new TransferSelUnits(community.communityId(), UUID.randomUUID(), from.id(), to.id(), amount,
                "in a group"));
    }

    private long balance(Family family) {
        return api.get("/api/sel/accounts/" + family.id(), ADMIN).json().get("balance").asLong();
    }

    private static UUID id(CompletableFuture<TransferReceipt> transfer) throws Exception {
        return transfer.get(ANSWER_SECONDS, TimeUnit.SECONDS).transferId();
    }
}

package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.OneGroup;
import org.schoolhub.service.support.Verify;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.TransferReceipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transfers that PostgreSQL refuses only when their group commits (a memo with a NUL, a memo
 * longer than its column: the registry rows are written at commit) fail alone; every other
 * transfer committed with them is booked. Sent through the CommandGateway, past the web layer's
 * own checks, with the real registry and database.
 */
class CommitFailureIsolationTest extends ApiTest {

    private static final int LEGIT = 40;
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
    void transfers_the_database_refuses_at_commit_fail_alone_and_their_group_is_booked() throws Exception {
        Family payer = enrol("Commit Payer");
        Family payee = enrol("Commit Payee");
        List<UUID> legit = new ArrayList<>();
        List<UUID> hostile = new ArrayList<>();
        List<CompletableFuture<TransferReceipt>> legitAnswers = new ArrayList<>();
        List<CompletableFuture<Object>> hostileAnswers = new ArrayList<>();

        try (OneGroup group = OneGroup.hold(dataSource)) {
            CompletableFuture<TransferReceipt> first = send(payer, payee, UUID.randomUUID(), "first");
            group.awaitFirstBlocked(jdbc);
            for (int i = 0; i < LEGIT; i++) {
                UUID id = UUID.randomUUID();
                legit.add(id);
                legitAnswers.add(send(payer, payee, id, "lift " + i));
                if (i % 10 == 5) {
                    UUID bad = UUID.randomUUID();
                    hostile.add(bad);
                    String memo = hostile.size() % 2 == 0 ? "a\u0000b" : "x".repeat(250);
                    hostileAnswers.add(send(payer, payee, bad, memo).thenApply(r -> r));
                }
            }
            group.release();
            assertThat(first.get(ANSWER_SECONDS, TimeUnit.SECONDS).amount()).isEqualTo(1);
        }

        for (CompletableFuture<TransferReceipt> answer : legitAnswers) {
            assertThat(answer.get(ANSWER_SECONDS, TimeUnit.SECONDS).amount()).as("a legitimate transfer is booked")
                    .isEqualTo(1);
        }
        for (CompletableFuture<Object> answer : hostileAnswers) {
            assertThat(answer).failsWithin(Duration.ofSeconds(ANSWER_SECONDS)).withThrowableOfType(ExecutionException.class);
        }
        assertThat(registered(legit)).isEqualTo(LEGIT);
        assertThat(registered(hostile)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%SelTransferCompleted'"
                + " and convert_from(payload, 'UTF8')::jsonb->>'transferId' = any(?)", Integer.class,
                (Object) hostile.stream().map(UUID::toString).toArray(String[]::new))).as("no event of a refused one").isZero();
        eventually(() -> assertThat(api.get("/api/sel/accounts/" + payee.id(), ADMIN).json().get("balance").asLong())
                .isEqualTo(LEGIT + 1));
        Verify.assertConsistent(api, ADMIN, List.of(payer.id(), payee.id()));
    }

    private CompletableFuture<TransferReceipt> send(Family from, Family to, UUID id, String memo) {
        return gateway.send(new TransferSelUnits(community.communityId(), id, from.id(), to.id(), 1, memo));
    }

    private int registered(List<UUID> ids) {
        return jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = any(?)",
                Integer.class, (Object) ids.toArray(UUID[]::new));
    }
}

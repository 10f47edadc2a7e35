package org.schoolhub.query.sel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.schoolhub.query.ProjectionHarness;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SEL read models as the projection processor drives them: many events in one unit of work,
 * whose writes are folded (one balance row per family) and sent when it commits; and the same
 * batch again, as after a crash before the token was stored, changes nothing.
 */
class SelProjectionsBatchTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    // one schema for the class; each test makes its own ids
    private static final ProjectionHarness harness = new ProjectionHarness();
    private final SelAccountsProjection accounts = new SelAccountsProjection(harness.writes());
    private final SelHistoryProjection history = new SelHistoryProjection(harness.writes());
    private final JdbcTemplate jdbc = harness.jdbc();

    private final UUID dupont = UUID.randomUUID();
    private final UUID martin = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID reversal = UUID.randomUUID();

    @Test
    void a_batch_folds_into_one_row_per_family_and_the_same_batch_again_changes_nothing() {
        for (int round = 0; round < 2; round++) {
            harness.batch(() -> {
                accounts.on(new SelAccountOpened(COMMUNITY, dupont, T0), 1);
                accounts.on(new SelAccountOpened(COMMUNITY, martin, T0), 2);
                SelTransferCompleted paid = new SelTransferCompleted(COMMUNITY, first, dupont, martin, 30, -30, 30, T0);
                SelTransferCompleted paidBack = new SelTransferCompleted(COMMUNITY, second, martin, dupont, 10, 20, -20,
                        T0.plusSeconds(60));
                SelTransferReversed undone = new SelTransferReversed(COMMUNITY, reversal, second, dupont, martin, 10, -30,
                        30, T0.plusSeconds(120));
                accounts.on(paid, 3);
                history.on(paid, 3);
                accounts.on(paidBack, 4);
                history.on(paidBack, 4);
                accounts.on(undone, 5);
                history.on(undone, 5);
            });

            assertThat(account(dupont)).as("round " + round)
                    .containsEntry("balance", -30L).containsEntry("transfer_count", 3L).containsEntry("last_sequence", 5L);
            assertThat(account(martin)).as("round " + round)
                    .containsEntry("balance", 30L).containsEntry("transfer_count", 3L).containsEntry("last_sequence", 5L);
            assertThat(jdbc.queryForList("select status from sel_entry where transfer_id = ?", String.class, second))
                    .as("the reversed transfer, in both histories").containsExactly("REVERSED", "REVERSED");
            assertThat(jdbc.queryForObject("select count(*) from sel_entry where family_id in (?, ?)", Integer.class,
                    dupont, martin)).isEqualTo(6);
        }
    }

    private Map<String, Object> account(UUID family) {
        return jdbc.queryForMap("select balance, transfer_count, last_sequence from sel_account where family_id = ?",
                family);
    }

    @AfterAll
    static void dropSchema() {
        harness.close();
    }
}

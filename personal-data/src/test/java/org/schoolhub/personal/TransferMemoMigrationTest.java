package org.schoolhub.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V10 moves every memo's text out of the command side's registry into transfer_memo, owned by this
 * module, and leaves the registry a digest of each: nothing is lost, an empty memo makes no row.
 */
class TransferMemoMigrationTest {

    private final TestDatabase database = new TestDatabase("9");
    private final JdbcTemplate jdbc = database.jdbc();

    @AfterEach
    void dropSchema() {
        database.close();
    }

    @Test
    void every_memo_moves_with_its_parties_and_the_registry_keeps_its_digest() throws Exception {
        UUID community = UUID.randomUUID();
        UUID payer = UUID.randomUUID();
        UUID payee = UUID.randomUUID();
        UUID withMemo = book(community, payer, payee, "baby-sitting samedi, merci !");
        UUID withoutMemo = book(community, payer, payee, null);
        UUID emptyMemo = book(community, payee, payer, "");

        database.migrate(null);

        assertThat(jdbc.queryForList("select transfer_id from transfer_memo", UUID.class)).containsExactly(withMemo);
        assertThat(jdbc.queryForMap("select payer, payee, community_id, memo from transfer_memo"))
                .containsEntry("payer", payer).containsEntry("payee", payee).containsEntry("community_id", community)
                .containsEntry("memo", "baby-sitting samedi, merci !");
        assertThat(digest(withMemo)).isEqualTo(sha256("baby-sitting samedi, merci !"));
        assertThat(digest(withoutMemo)).isEqualTo(sha256(""));
        assertThat(digest(emptyMemo)).isEqualTo(sha256(""));
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from information_schema.columns
                 where table_schema = current_schema() and table_name = 'sel_transfer_registry' and column_name = 'memo'""",
                Integer.class)).as("the registry holds no memo text any more").isZero();
    }

    private UUID book(UUID community, UUID payer, UUID payee, String memo) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into sel_transfer_registry (transfer_id, community_id, kind, payer, payee, amount, memo, booked_at,
                       payer_balance, payee_balance) values (?, ?, 'TRANSFER', ?, ?, 5, ?, now(), -5, 5)""",
                id, community, payer, payee, memo);
        return id;
    }

    private byte[] digest(UUID transfer) {
        return jdbc.queryForObject("select memo_digest from sel_transfer_registry where transfer_id = ?", byte[].class,
                transfer);
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}

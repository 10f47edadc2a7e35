package org.schoolhub.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.operations.snapshot.RollbackSnapshots;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operators' tool against the running service, as an operator would use it. */
class OpsCliTest extends ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RollbackSnapshots snapshots;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void an_operator_snapshots_verifies_declines_a_rollback_and_replays() {
        Family a = enrol("Cli A");
        Family b = enrol("Cli B");
        assertThat(run("", "snapshot", "--label", "cli test")).as(err()).isZero();
        String snapshotId = out().replaceAll("(?s).*Snapshot ([0-9a-f-]{36}).*", "$1");
        assertThat(out()).containsPattern("checksum [0-9a-f]{64}");
        assertThat(api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID(), "from", a.id(),
                "to", b.id(), "amount", 9), ADMIN).status()).isEqualTo(201);

        long events = count();
        assertThat(run("no\n", "rollback", "--snapshot", snapshotId)).as(out()).isEqualTo(4);
        assertThat(out()).contains("transfers to reverse, newest first: 1", "Cancelled: nothing was changed.");
        assertThat(count()).isEqualTo(events);

        assertThat(run("", "rollback", "--snapshot", snapshotId, "--yes")).as(out()).isZero();
        assertThat(out()).contains("Verified: every balance equals the snapshot's.");
        assertThat(run("", "verify")).as(out()).isZero();
        assertThat(out()).startsWith("Consistent");
        assertThat(run("", "replay", "--projection", "sel-accounts")).as(out()).isZero();
        assertThat(out()).contains("100%", "Replay done.");
    }

    @Test
    void bad_usage_unknown_snapshots_and_wrong_passwords_are_reported_without_a_stack_trace() {
        assertThat(run("", "rollback")).isEqualTo(2);
        assertThat(err()).contains("--snapshot is required", "Usage:");
        assertThat(run("", "frobnicate")).isEqualTo(2);
        assertThat(run("", "rollback", "--snapshot", UUID.randomUUID().toString())).isEqualTo(1);
        assertThat(err()).contains("404 SNAPSHOT_NOT_FOUND");
        OpsCli wrong = new OpsCli(print(out), print(err), new BufferedReader(new StringReader("")), null,
                Map.of("SCHOOLHUB_OPS_PASSWORD", "not-the-password"));
        assertThat(wrong.run(new String[] {"verify", "--url", "http://127.0.0.1:" + port})).isEqualTo(1);
        assertThat(err()).contains("401 UNAUTHORIZED").doesNotContain("Exception");
    }

    @Test
    void an_operator_lists_retries_and_evicts_dead_letters() {
        jdbc.execute("""
                create or replace function refuse_for_cli_test() returns trigger language plpgsql as $$
                begin
                  if new.title like 'refused for the cli%' then raise exception 'refused for the cli test'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger refuse_for_cli_test before insert on group_order for each row "
                + "execute function refuse_for_cli_test()");
        try {
            String fixed = openOrder("refused for the cli, fixed later");
            String givenUp = openOrder("refused for the cli, given up");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> run("", "dead-letters") == 3
                    && out().contains(fixed) && out().contains(givenUp));
            assertThat(out()).contains("GroupOrderOpened", "refused for the cli test");

            assertThat(run("", "dead-letters", "--retry", fixed)).as(out()).isEqualTo(1);
            assertThat(out()).contains("still fails");
            jdbc.execute("drop trigger refuse_for_cli_test on group_order");
            assertThat(run("", "dead-letters", "--retry", fixed)).as(out()).isZero();
            assertThat(api.get("/api/group-orders/" + fixed, ADMIN).status()).isEqualTo(200);

            assertThat(run("no\n", "dead-letters", "--evict", givenUp)).isEqualTo(4);
            assertThat(run("yes\n", "dead-letters", "--evict", givenUp)).as(out()).isZero();
            assertThat(out()).contains("Evicted 1 letter(s)");
            run("", "dead-letters");
            assertThat(out()).doesNotContain(fixed).doesNotContain(givenUp);
        } finally {
            jdbc.execute("drop trigger if exists refuse_for_cli_test on group_order");
        }
    }

    private String openOrder(String title) {
        return api.post("/api/group-orders", Map.of("title", title, "unitPriceCents", 100, "minQuantity", 1,
                "deadline", Instant.now().plus(3, ChronoUnit.DAYS).toString()), ADMIN).json()
                .get("groupOrderId").asString();
    }

    @Test
    void the_stage_advance_port_takes_a_snapshot_that_the_api_reads_back() {
        UUID id = snapshots.take("before stage 1");
        assertThat(api.get("/api/admin/snapshots/" + id, ADMIN).json().get("label").asString())
                .isEqualTo("before stage 1");
    }

    @Test
    void an_operator_rehearses_then_imports_a_stage0_file_and_reads_the_report() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cli-stage0-", ".sqlite");
        try (var in = getClass().getClassLoader().getResourceAsStream("stage0/stage0-sample.sqlite")) {
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long events = count();
        assertThat(run("", "import-stage0", file.toString(), "--dry-run")).as(out() + err()).isZero();
        assertThat(out()).startsWith("Dry run").contains("families", "40", "DELETED_IN_STAGE0", "Checksums match");
        assertThat(count()).isEqualTo(events);
        assertThat(run("", "import-stage0", file.toString())).as(out() + err()).isZero();
        assertThat(out()).startsWith("Import").contains("ledger snapshot taken first", "Checksums match");
        String importId = out().replaceAll("(?s)^Import ([0-9a-f-]{36}).*", "$1");
        assertThat(api.post("/api/admin/imports/" + importId + "/rollback", Map.of(), ADMIN).status()).isEqualTo(200);
        assertThat(run("", "import-stage0", "/no/such/file.sqlite")).isEqualTo(1);
        assertThat(run("", "import-stage0")).isEqualTo(2);
        java.nio.file.Files.delete(file);
    }

    private int run(String input, String... args) {
        out.reset();
        err.reset();
        String[] withUrl = new String[args.length + 2];
        System.arraycopy(args, 0, withUrl, 0, args.length);
        withUrl[args.length] = "--url";
        withUrl[args.length + 1] = "http://127.0.0.1:" + port;
        OpsCli cli = new OpsCli(print(out), print(err), new BufferedReader(new StringReader(input)), null,
                Map.of("SCHOOLHUB_OPS_PASSWORD", ADMIN_PASSWORD));
        return cli.run(withUrl);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}

package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL out of disk space, as it reports it when the event table cannot grow (SQLSTATE 53100,
 * "could not extend file"; raised here by a trigger, since a test cannot fill the disk): a
 * transfer answers 503 and stores nothing, readiness says DOWN, and both recover once events can
 * be written again. Axon used to log it as a duplicate event and the client got a 500.
 */
class DiskFullTest {

    private static final String FILL_THE_DISK = """
            create function pretend_the_disk_is_full() returns trigger language plpgsql as $$
            begin
              raise exception 'could not extend file "base/5/16385": No space left on device'
                using errcode = '53100', hint = 'Check free disk space.';
            end $$;
            create trigger disk_full before insert on domain_event_entry
              for each statement execute function pretend_the_disk_is_full();
            """;

    @Test
    void a_full_disk_answers_503_and_makes_readiness_down_until_events_can_be_written() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "diskfull").toAbsolutePath();
        try (RunningService service = RunningService.start(dataDir)) {
            ApiClient api = service.client();
            JdbcTemplate jdbc = service.bean(JdbcTemplate.class);
            UUID anne = TransferLoad.enrol(api, RunningService.ADMIN, "diskfull-anne");
            UUID bob = TransferLoad.enrol(api, RunningService.ADMIN, "diskfull-bob");
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

            jdbc.execute(FILL_THE_DISK);
            UUID refused = UUID.randomUUID();
            ApiClient.Response full = transfer(api, refused, anne, bob);
            assertThat(full.status()).as(full.toString()).isEqualTo(503);
            assertThat(full.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            ApiClient.Response readiness = api.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
            assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
            assertThat(api.get("/actuator/health/liveness", null).status()).as("the process itself is fine").isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                    Integer.class, refused)).as("nothing stored").isZero();

            jdbc.execute("drop trigger disk_full on domain_event_entry; drop function pretend_the_disk_is_full()");
            ApiClient.Response room = transfer(api, UUID.randomUUID(), anne, bob);
            assertThat(room.status()).as(room.toString()).isEqualTo(201);
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        }
    }

    private static ApiClient.Response transfer(ApiClient api, UUID id, UUID from, UUID to) {
        return api.post("/api/sel/transfers", Map.of("transferId", id, "from", from, "to", to, "amount", 2),
                RunningService.ADMIN);
    }
}

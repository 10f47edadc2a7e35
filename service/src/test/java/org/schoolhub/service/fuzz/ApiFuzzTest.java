package org.schoolhub.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.fuzz.OpenApiOperations.Operation;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.EventLog;
import org.schoolhub.service.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of /v3/api-docs, sent generated hostile requests (issue 12, "done means"):
 * wrong types, control characters and lone surrogates in every string, huge and deep values,
 * malformed ids and parameters, framings it cannot take. Never a 5xx; a refused request
 * appends no event and changes no read model; the service still answers its health check.
 * Seeded and bounded: the same requests every run, a fixed number per operation.
 */
class ApiFuzzTest extends ApiTest {

    private static final long SEED = 12;
    private static final int SAMPLED_PER_OPERATION = 60;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void no_generated_request_gets_a_5xx_or_stores_anything_when_refused() {
        Fixture fixture = fixture();
        Response docs = api.get("/v3/api-docs", ADMIN);
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        List<Operation> operations = OpenApiOperations.of(docs.json());
        assertThat(operations).as("the document lists the API").hasSizeGreaterThan(20);

        EventLog log = new EventLog(api, jdbc);
        RawHttp raw = new RawHttp(port);
        RequestCases cases = new RequestCases(fixture, SAMPLED_PER_OPERATION);
        Random random = new Random(SEED);
        ReadModels before = ReadModels.stable(api, fixture);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (Operation operation : operations) {
            for (FuzzRequest request : cases.of(operation, random)) {
                long head = log.head();
                int status = send(request, raw);
                sent++;
                statuses.merge(operation + " " + status, 1, Integer::sum);
                String failure = judge(operation, request, status, head, log);
                if (failure != null) {
                    failures.add(operation + " " + request + " -> " + failure);
                }
            }
        }
        assertThat(failures).as("%d requests sent, answered %s", sent, statuses).isEmpty();
        assertThat(ReadModels.stable(api, fixture)).as("read models after the refused requests").isEqualTo(before);
        // alive, whatever other tests left in the dead-letter queue (the overall health says DEGRADED then)
        Response health = api.get("/actuator/health/liveness", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    /**
     * A write with hostile input is refused; a body sent where none is read is no hostile input,
     * and a write without ids to make unknown (retry every dead letter) may then simply succeed:
     * that it stored nothing is checked below.
     */
    private static boolean mustBeRefused(Operation operation, FuzzRequest request) {
        return !(request.case_().equals(RequestCases.BODY_NOT_READ) && operation.in("path").isEmpty());
    }

    private static String judge(Operation operation, FuzzRequest request, int status, long head, EventLog log) {
        if (status >= 500) {
            return "status " + status;
        }
        if (request.expected() != 0 && status != request.expected()) {
            return "status " + status + " instead of " + request.expected();
        }
        if (operation.writes() && mustBeRefused(operation, request) && (status < 400 || status > 499)) {
            return "a hostile write was not refused: " + status;
        }
        List<JsonNode> appended = log.appendedAfter(head);
        if (!appended.isEmpty()) {
            return "stored " + appended.size() + " event(s), first " + appended.get(0).get("type");
        }
        return null;
    }

    private int send(FuzzRequest request, RawHttp raw) {
        if (request.chunkedBytes() > 0) {
            String[] headers = request.headers().entrySet().stream().map(h -> h.getKey() + ": " + h.getValue())
                    .toArray(String[]::new);
            return raw.chunked(request.method(), request.target(), ADMIN, "{\"fuzz\":\"", 'x', request.chunkedBytes(),
                    headers).status();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.target()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(request.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Fixture fixture() {
        Family payer = enrol("Fuzz payer");
        Family payee = enrol("Fuzz payee");
        UUID child = UUID.fromString(api.get("/api/families/" + payer.id(), ADMIN).json().get("children").get(0)
                .get("childId").asString());
        UUID order = UUID.fromString(api.post("/api/group-orders", Map.of("title", "Fuzz order", "unitPriceCents", 100,
                "minQuantity", 1, "deadline", Instant.now().plus(Duration.ofDays(30)).toString()), ADMIN)
                .json().get("groupOrderId").asString());
        assertThat(api.put("/api/group-orders/" + order + "/lines/" + payer.id(), Map.of("quantity", 1), ADMIN).status())
                .isEqualTo(200);
        UUID transfer = UUID.randomUUID();
        assertThat(api.post("/api/sel/transfers", Map.of("transferId", transfer, "from", payer.id(), "to", payee.id(),
                "amount", 3, "memo", "fuzz"), ADMIN).status()).isEqualTo(201);
        UUID snapshot = UUID.fromString(api.post("/api/admin/snapshots", Map.of("label", "fuzz"), ADMIN).json()
                .get("snapshotId").asString());
        int stage = api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt();
        return new Fixture(payer.id(), payee.id(), child, order, transfer, snapshot, Math.min(stage + 1, 4));
    }
}

package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Notifications (API.md, Families' own features): the list per family, and the live stream. */
class NotificationApiTest extends ApiTest {

    private static final String MINE = "/api/me/notifications";

    @LocalServerPort
    int port;

    private List<JsonNode> notifications(Family family, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode row : api.get(MINE, family.login()).json()) {
            if (row.get("type").asString().equals(type)) {
                found.add(row);
            }
        }
        return found;
    }

    private String pay(Family from, Family to, long amount) {
        UUID id = UUID.randomUUID();
        Response paid = api.post("/api/sel/transfers", SelApiTest.transfer(id, from, to, amount, "Léa's lift"),
                from.login());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return id.toString();
    }

    @Test
    void the_paid_family_is_told_of_a_transfer_without_its_memo_and_the_payer_is_not() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        String transferId = pay(anne, bob, 12);
        eventually(() -> assertThat(notifications(bob, "TRANSFER_RECEIVED")).hasSize(1));
        JsonNode received = notifications(bob, "TRANSFER_RECEIVED").get(0);
        assertThat(received.get("data").get("transferId").asString()).isEqualTo(transferId);
        assertThat(received.get("data").get("from").asString()).isEqualTo(anne.id().toString());
        assertThat(received.get("data").get("amount").asLong()).isEqualTo(12);
        assertThat(Instant.parse(received.get("at").asString())).isNotNull();
        assertThat(received.toString()).doesNotContain("Léa").doesNotContain("Anne").doesNotContain("@");
        assertThat(notifications(anne, "TRANSFER_RECEIVED")).isEmpty();

        long id = received.get("id").asLong();
        assertThat(api.get(MINE + "?after=" + id, bob.login()).json()).isEmpty();
        assertThat(api.get(MINE + "?after=" + (id - 1), bob.login()).json()).hasSize(1);
        assertThat(api.get(MINE, ADMIN).status()).as("staff have no family").isEqualTo(403);
        assertThat(api.get(MINE + "?after=-1", bob.login()).status()).isEqualTo(400);
    }

    @Test
    void the_parties_of_a_payment_request_are_told_of_it_and_of_its_answers() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID declined = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        for (UUID id : List.of(declined, cancelled)) {
            Response made = api.post("/api/sel/payment-requests",
                    PaymentRequestApiTest.request(id, parent, sitter, 8, "secret words", null), sitter.login());
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
        }
        assertThat(api.post("/api/sel/payment-requests/" + declined + "/decline", Map.of(), parent.login()).status())
                .isEqualTo(200);
        assertThat(api.post("/api/sel/payment-requests/" + cancelled + "/cancellation", Map.of(), sitter.login())
                .status()).isEqualTo(200);

        eventually(() -> {
            assertThat(notifications(parent, "PAYMENT_REQUESTED")).hasSize(2);
            assertThat(notifications(sitter, "PAYMENT_REQUEST_ANSWERED")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.get("data").get("requestId").asString()).isEqualTo(declined.toString());
                        assertThat(n.get("data").get("status").asString()).isEqualTo("DECLINED");
                    });
            assertThat(notifications(parent, "PAYMENT_REQUEST_ANSWERED")).singleElement()
                    .satisfies(n -> assertThat(n.get("data").get("status").asString()).isEqualTo("CANCELLED"));
        });
        JsonNode requested = notifications(parent, "PAYMENT_REQUESTED").get(0);
        assertThat(requested.get("data").get("to").asString()).isEqualTo(sitter.id().toString());
        assertThat(requested.get("data").get("amount").asLong()).isEqualTo(8);
        assertThat(requested.toString()).doesNotContain("secret");
        assertThat(notifications(sitter, "PAYMENT_REQUESTED")).isEmpty();
    }

    @Test
    void the_families_with_a_line_are_told_when_a_group_order_closes() {
        Family buyer = enrol("Buyer");
        Family other = enrol("Other");
        Response opened = api.post("/api/group-orders", Map.of("title", "Sweaters", "unitPriceCents", 2_500,
                "minQuantity", 1, "deadline", Instant.now().plus(Duration.ofDays(1)).toString()), ADMIN);
        String order = opened.json().get("groupOrderId").asString();
        assertThat(api.put("/api/group-orders/" + order + "/lines/" + buyer.id(), Map.of("quantity", 2),
                buyer.login()).status()).isEqualTo(200);
        assertThat(api.post("/api/group-orders/" + order + "/close", Map.of(), ADMIN).status()).isEqualTo(200);
        eventually(() -> assertThat(notifications(buyer, "GROUP_ORDER_CONFIRMED")).singleElement()
                .satisfies(n -> assertThat(n.get("data").get("groupOrderId").asString()).isEqualTo(order)));
        assertThat(notifications(other, "GROUP_ORDER_CONFIRMED")).isEmpty();
    }

    @Test
    void the_families_with_a_line_are_told_when_a_group_order_closes_soon() {
        Family buyer = enrol("Buyer");
        Family other = enrol("Other");
        Instant deadline = Instant.now().plus(Duration.ofDays(1)).plusSeconds(3);
        Response opened = api.post("/api/group-orders", Map.of("title", "Caps", "unitPriceCents", 1_000,
                "minQuantity", 5, "deadline", deadline.toString()), ADMIN);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String order = opened.json().get("groupOrderId").asString();
        assertThat(api.put("/api/group-orders/" + order + "/lines/" + buyer.id(), Map.of("quantity", 1),
                buyer.login()).status()).isEqualTo(200);
        eventually(() -> assertThat(notifications(buyer, "GROUP_ORDER_DEADLINE_SOON")).singleElement()
                .satisfies(n -> {
                    assertThat(n.get("data").get("groupOrderId").asString()).isEqualTo(order);
                    assertThat(Instant.parse(n.get("data").get("deadline").asString())).isEqualTo(
                            Instant.parse(opened.json().has("deadline") ? opened.json().get("deadline").asString()
                                    : api.get("/api/group-orders/" + order, ADMIN).json().get("deadline").asString()));
                }));
        assertThat(notifications(other, "GROUP_ORDER_DEADLINE_SOON")).isEmpty();
    }

    @Test
    void the_stream_delivers_a_transfer_notification_live() throws Exception {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch received = new CountDownLatch(1);
        String[] transferId = new String[1];
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + MINE + "/stream"))
                .header("Authorization", basic(bob.login())).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        List<String> heads = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reading = response.thenAcceptAsync(answer -> {
            heads.add(answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse(""));
            opened.countDown();
            answer.body().forEach(line -> {
                lines.add(line);
                if (transferId[0] != null && line.startsWith("data:") && line.contains(transferId[0])) {
                    received.countDown();
                }
            });
        });
        try {
            assertThat(opened.await(30, TimeUnit.SECONDS)).as("the stream opened: " + response).isTrue();
            assertThat(heads).singleElement().asString().startsWith("200 text/event-stream");
            transferId[0] = pay(anne, bob, 7);
            assertThat(received.await(30, TimeUnit.SECONDS)).as("received on the stream: " + lines).isTrue();
            assertThat(lines).contains("event:TRANSFER_RECEIVED");
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("id:"));
        } finally {
            reading.cancel(true);
            response.thenAccept(answer -> answer.body().close());
        }
    }

    @Test
    void staff_have_no_stream() {
        Response refused = api.get(MINE + "/stream", ADMIN);
        assertThat(refused.status()).isEqualTo(403);
    }

    private static String basic(ApiClient.Credentials who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}

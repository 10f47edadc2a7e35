package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;

/** API answers leave whole, with a Content-Length, not chunked after an early flush; security headers stay. */
class ResponseFramingTest extends ApiTest {

    @Test
    void a_transfer_and_a_refusal_are_answered_with_a_content_length() {
        Family payer = enrol("Framing payer");
        Family payee = enrol("Framing payee");

        Response booked = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID(), "from", payer.id(),
                "to", payee.id(), "amount", 3), ADMIN);
        Response refused = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID(), "from", payer.id(),
                "to", payee.id(), "amount", 100_000), ADMIN);

        for (Response response : new Response[] {booked, refused}) {
            assertThat(response.header("Transfer-Encoding")).as(response.toString()).isNull();
            assertThat(response.header("Content-Length")).as(response.toString())
                    .isEqualTo(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(booked.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(422);
    }
}

package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Malformed and hostile input on every endpoint that takes a body: always 4xx problem+json, never 5xx. */
class HostileInputTest extends ApiTest {

    @Autowired
    JsonMapper json;

    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
    private static final String OVERSIZED = "{\"name\":\"" + "x".repeat(200_000) + "\"}";

    private List<String> bodies() {
        return List.of("null", "[]", "42", "\"text\"", "{", "{\"a\":}", DEEP, DEEP_OBJECT, OVERSIZED,
                "{\"transferId\":\"not-a-uuid\",\"from\":1,\"to\":true,\"amount\":\"9\"}",
                "{\"amount\":1e400}", "{\"quantity\":-1,\"unitPriceCents\":99999999999999999999}",
                "{\"name\":{\"$gt\":\"\"}}", "\u0000\u0001\u0002");
    }

    private List<String> writePaths(UUID family) {
        UUID any = UUID.randomUUID();
        // endpoints without a body (withdrawal, close) are left out: they ignore what is sent
        return List.of("/api/families", "/api/families/" + family + "/children",
                "/api/sel/transfers", "/api/sel/transfers/" + any + "/reversal", "/api/group-orders",
                "/api/group-orders/" + any + "/lines/" + family + "/payment",
                "/api/metrics/indicators", "/api/community/stage", "/api/admin/snapshots", "/api/admin/rollback",
                "/api/admin/replays");
    }

    @Test
    void hostile_bodies_on_every_write_endpoint_are_4xx_never_5xx() {
        Family family = enrol("Hostile");
        for (String path : writePaths(family.id())) {
            for (String body : bodies()) {
                Response response = api.postRaw(path, body, ADMIN);
                if (path.equals("/api/admin/snapshots") && response.status() == 201) {
                    continue; // its body (a label) is optional: "null" is no label
                }
                assertThat(response.status()).as("POST %s with %.40s -> %s", path, body, response)
                        .isBetween(400, 499);
                assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            }
        }
        for (String body : bodies()) {
            Response put = api.put("/api/group-orders/" + UUID.randomUUID() + "/lines/" + family.id(), body, ADMIN);
            assertThat(put.status()).as("PUT line with %.40s -> %s", body, put).isBetween(400, 499);
        }
    }

    @Test
    void a_list_of_thousands_of_elements_is_refused_before_any_of_them_is_validated() {
        String children = "{\"firstName\":\"\"},".repeat(5_000) + "{}";
        Response response = api.postRaw("/api/families", "{\"name\":\"Many\",\"email\":\"many-" + UUID.randomUUID()
                + "@example.org\",\"password\":\"" + FAMILY_PASSWORD + "\",\"children\":[" + children + "]}", ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("children");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("at most 1000");
    }

    @Test
    void the_request_rules_are_for_requests_the_application_mapper_reads_as_before() {
        List<Long> many = json.readValue("[" + "1,".repeat(5_000) + "1]", new TypeReference<List<Long>>() { });
        assertThat(many).hasSize(5_001);
        assertThat(json.readValue("\"a\\u0000\"", String.class)).isEqualTo("a\u0000");
        Response docs = api.get("/v3/api-docs", ADMIN);
        assertThat(docs.json().get("openapi")).as("the API document is still JSON, not a base64 string").isNotNull();
    }

    @Test
    void an_answer_names_at_most_twenty_errors_and_counts_the_others() {
        String children = "{},".repeat(29) + "{}";
        Response response = api.postRaw("/api/families", "{\"name\":\"Many\",\"email\":\"many-" + UUID.randomUUID()
                + "@example.org\",\"password\":\"" + FAMILY_PASSWORD + "\",\"children\":[" + children + "]}", ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors")).hasSize(20);
        assertThat(response.json().get("detail").asString()).endsWith(" more");
    }

    @Test
    void malformed_ids_and_parameters_are_400() {
        assertThat(api.get("/api/families/not-a-uuid", ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/sel/accounts/not-a-uuid", ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=zzz", ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=" + UUID.randomUUID() + "&limit=-1", ADMIN).status())
                .isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=" + UUID.randomUUID() + "&limit=abc", ADMIN).status())
                .isEqualTo(400);
        assertThat(api.get("/api/nothing-here", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void malformed_ids_and_parameters_on_every_read_and_delete_endpoint_are_4xx_never_5xx() {
        Family family = enrol("Hostile reader");
        String huge = "9".repeat(40);
        List<String> gets = List.of("/api/sel/accounts/" + family.id() + "?at=yesterday",
                "/api/sel/accounts/" + family.id() + "?at=" + huge,
                "/api/sel/transfers?familyId=" + family.id() + "&limit=" + huge,
                "/api/metrics/monthly?months=abc", "/api/metrics/monthly?months=-3", "/api/metrics/monthly?months=" + huge,
                "/api/admin/snapshots?limit=abc", "/api/admin/snapshots/not-a-uuid", "/api/admin/replays/not-a-uuid",
                "/api/admin/events?after=abc", "/api/admin/events?after=-1&limit=" + huge,
                "/api/group-orders/not-a-uuid", "/api/families/" + "%00".repeat(10));
        for (String path : gets) {
            Response response = api.get(path, ADMIN);
            assertThat(response.status()).as("GET %s -> %s", path, response).isBetween(400, 499);
        }
        List<String> deletes = List.of("/api/families/not-a-uuid/children/" + UUID.randomUUID(),
                "/api/families/" + family.id() + "/children/not-a-uuid", "/api/families/not-a-uuid/personal-data");
        for (String path : deletes) {
            Response response = api.delete(path, ADMIN);
            assertThat(response.status()).as("DELETE %s -> %s", path, response).isBetween(400, 499);
        }
    }
}

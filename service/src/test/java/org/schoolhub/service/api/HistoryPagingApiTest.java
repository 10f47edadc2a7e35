package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

class HistoryPagingApiTest extends ApiTest {

    private static final Pattern NEXT = Pattern.compile("<https?://[^/]+([^>]+)>; rel=\"next\"");

    @Test
    void pages_follow_the_link_header_and_together_are_the_whole_history_once() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        for (int amount = 1; amount <= 5; amount++) {
            assertThat(pay(anne, bob, amount).status()).isEqualTo(201);
        }
        eventually(() -> assertThat(api.get("/api/sel/transfers?familyId=" + anne.id(), anne.login()).json()).hasSize(5));
        List<String> whole = ids(api.get("/api/sel/transfers?familyId=" + anne.id(), anne.login()).json());
        List<String> paged = new ArrayList<>();
        String path = "/api/sel/transfers?familyId=" + anne.id() + "&limit=2";
        int pages = 0;
        while (path != null) {
            Response page = api.get(path, anne.login());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().size()).isLessThanOrEqualTo(2);
            paged.addAll(ids(page.json()));
            path = next(page);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void entries_name_the_counterparty_and_from_to_bound_the_period() {
        Family anne = enrol("Annie");
        Family bob = enrol("Bobby");
        for (int amount = 1; amount <= 4; amount++) {
            pay(anne, bob, amount);
        }
        eventually(() -> assertThat(api.get("/api/sel/transfers?familyId=" + bob.id(), bob.login()).json()).hasSize(4));
        JsonNode history = api.get("/api/sel/transfers?familyId=" + bob.id(), bob.login()).json();
        JsonNode counterparty = history.get(0).get("counterparty");
        assertThat(counterparty.get("familyId").asString()).isEqualTo(anne.id().toString());
        assertThat(counterparty.get("name").asString()).isEqualTo("Annie");
        String oldest = history.get(3).get("at").asString();
        String newest = history.get(0).get("at").asString();
        Response period = api.get("/api/sel/transfers?familyId=" + bob.id() + "&from=" + oldest + "&to=" + newest,
                bob.login());
        assertThat(ids(period.json())).as("from inclusive, to exclusive")
                .containsExactly(id(history.get(1)), id(history.get(2)), id(history.get(3)));
        assertThat(next(period)).isNull();
        Response before = api.get("/api/sel/transfers?familyId=" + bob.id() + "&before=" + newest, bob.login());
        assertThat(ids(before.json())).doesNotContain(id(history.get(0))).hasSize(3);
    }

    @Test
    void a_member_never_pages_through_another_familys_history_and_bad_bounds_are_400() {
        Family anne = enrol("Own");
        Family other = enrol("Nosy");
        assertThat(api.get("/api/sel/transfers?familyId=" + anne.id() + "&limit=1", other.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/sel/transfers?familyId=" + anne.id()
                + "&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", anne.login()).status()).isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=" + anne.id() + "&beforePosition=3", anne.login()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=" + anne.id() + "&before=yesterday", anne.login()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/sel/transfers?familyId=" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);
    }

    private Response pay(Family from, Family to, int amount) {
        return api.post("/api/sel/transfers", SelApiTest.transfer(UUID.randomUUID(), from, to, amount, "page"), from.login());
    }

    private static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).as(link).isTrue();
        return next.group(1);
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(id(e)));
        return ids;
    }

    private static String id(JsonNode entry) {
        return entry.get("transferId").asString();
    }
}

package org.schoolhub.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * The read models a refused request could have touched: the roster, the balances, the fixture's
 * families, order and history, and the snapshots (stored without an event). Taken once they
 * have settled, since earlier writes may still be on their way through the projections.
 */
record ReadModels(JsonNode roster, JsonNode accounts, JsonNode payer, JsonNode order, JsonNode history,
                  int groupOrders, int snapshots) {

    static ReadModels stable(ApiClient api, Fixture fixture) {
        ReadModels[] last = {read(api, fixture)};
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofMillis(300))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    ReadModels now = read(api, fixture);
                    boolean settled = now.equals(last[0]);
                    last[0] = now;
                    return settled;
                });
        return last[0];
    }

    private static ReadModels read(ApiClient api, Fixture fixture) {
        return new ReadModels(ok(api, "/api/families"), ok(api, "/api/sel/accounts"),
                ok(api, "/api/families/" + fixture.payer()), ok(api, "/api/group-orders/" + fixture.order()),
                ok(api, "/api/sel/transfers?familyId=" + fixture.payer()), ok(api, "/api/group-orders").size(),
                requested(ok(api, "/api/admin/snapshots?limit=1000")));
    }

    /**
     * Snapshots taken by requests: the daily one is the scheduler's, taken by the clock (a run that
     * crossed its minute once counted it as stored by a refused request).
     */
    private static int requested(JsonNode snapshots) {
        int count = 0;
        for (JsonNode snapshot : snapshots) {
            if (!snapshot.path("label").asString("").startsWith("daily ")) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode ok(ApiClient api, String path) {
        ApiClient.Response response = api.get(path, ApiTest.ADMIN);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
        return response.json();
    }
}

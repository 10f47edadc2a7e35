package org.schoolhub.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * GET /api/admin/verify for a test that shares the database with others. Projection tests feed
 * events straight to a projection without storing them, so verify reports their rows as unknown
 * to the events until a replay drops them; only those, for families of no concern to the calling
 * test, are left out. Every other mismatch fails the test.
 */
public final class Verify {

    private Verify() {
    }

    public static void assertConsistent(ApiClient api, ApiClient.Credentials admin, Collection<UUID> families) {
        ApiClient.Response verify = api.get("/api/admin/verify", admin);
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.json().get("eventsChecked").asLong()).isPositive();
        List<JsonNode> mismatches = new ArrayList<>();
        for (JsonNode mismatch : verify.json().get("mismatches")) {
            if (!rowOfAnotherTest(mismatch, families)) {
                mismatches.add(mismatch);
            }
        }
        assertThat(mismatches).as(verify.toString()).isEmpty();
    }

    private static boolean rowOfAnotherTest(JsonNode mismatch, Collection<UUID> families) {
        String kind = mismatch.get("kind").asString();
        boolean unknownToTheEvents = kind.equals("ACCOUNT_UNKNOWN")
                || (kind.equals("ROSTER") && mismatch.get("expected").isNull());
        JsonNode family = mismatch.get("familyId");
        return unknownToTheEvents && family != null && !family.isNull()
                && !families.contains(UUID.fromString(family.asString()));
    }
}

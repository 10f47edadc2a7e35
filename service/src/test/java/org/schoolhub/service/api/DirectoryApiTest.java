package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Credentials;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

class DirectoryApiTest extends ApiTest {

    @Test
    void the_directory_lists_active_listed_families_by_name_only() {
        Family listed = enrol("Listed");
        Family hidden = enrol("Hidden");
        Family withdrawn = enrol("Gone");
        Response hide = api.put("/api/me/directory", Map.of("listed", false), hidden.login());
        assertThat(hide.status()).as(hide.toString()).isEqualTo(200);
        assertThat(hide.json().get("listed").asBoolean()).isFalse();
        assertThat(api.post("/api/families/" + withdrawn.id() + "/withdrawal", Map.of(), ADMIN).status()).isEqualTo(200);
        eventually(() -> {
            List<String> ids = ids(api.get("/api/directory", listed.login()));
            assertThat(ids).contains(listed.id().toString()).doesNotContain(hidden.id().toString(), withdrawn.id().toString());
        });
        JsonNode entry = entryOf(api.get("/api/directory", ADMIN), listed);
        assertThat(entry.get("name").asString()).isEqualTo("Listed");
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("familyId", "name");
        assertThat(ids(api.get("/api/directory", ADMIN))).as("coordinators see the same")
                .doesNotContain(hidden.id().toString());
    }

    @Test
    void a_hidden_family_can_list_itself_again() {
        Family family = enrol("Again");
        api.put("/api/me/directory", Map.of("listed", false), family.login());
        assertThat(ids(api.get("/api/directory", family.login()))).doesNotContain(family.id().toString());
        assertThat(api.put("/api/me/directory", Map.of("listed", true), family.login()).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/directory", family.login()))).contains(family.id().toString());
    }

    @Test
    void only_a_family_sets_its_listing_and_only_members_and_coordinators_read_it() {
        Family family = enrol("Roles");
        assertThat(api.put("/api/me/directory", Map.of("listed", false), ADMIN).status())
                .as("staff have no family to hide").isEqualTo(403);
        assertThat(api.put("/api/me/directory", Map.of("listed", "maybe"), family.login()).status()).isEqualTo(400);
        assertThat(api.put("/api/me/directory", Map.of(), family.login()).status()).isEqualTo(400);
        assertThat(api.get("/api/directory", null).status()).isEqualTo(401);
        assertThat(api.get("/api/directory", new Credentials(family.login().username(), "wrong-password")).status())
                .isEqualTo(401);
        assertThat(ids(api.get("/api/directory", family.login()))).as("nothing changed").contains(family.id().toString());
    }

    private static List<String> ids(Response directory) {
        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        directory.json().forEach(e -> ids.add(e.get("familyId").asString()));
        return ids;
    }

    private static JsonNode entryOf(Response directory, Family family) {
        for (JsonNode e : directory.json()) {
            if (e.get("familyId").asString().equals(family.id().toString())) {
                return e;
            }
        }
        throw new AssertionError(family + " not in " + directory);
    }
}

package org.schoolhub.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The input rules on every string and instant of a JSON body, whatever its shape. */
class RequestInputModuleTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new RequestInputModule()).build();

    record Child(String firstName) {
    }

    record Body(String title, List<String> tags, String[] labels, Map<String, String> notes, Object extra,
                List<Child> children, Instant deadline) {
    }

    @Test
    void a_nul_is_refused_in_every_kind_of_field_and_the_refusal_names_it() {
        assertRefused("{\"title\":\"a\\u0000\"}", "title");
        assertRefused("{\"tags\":[\"ok\",\"\\u0000\"]}", "tags[1]");
        assertRefused("{\"labels\":[\"\\u0000\"]}", "labels[0]");
        assertRefused("{\"notes\":{\"k\":\"\\u0000\"}}", "notes.k");
        assertRefused("{\"notes\":{\"\\u0000\":\"v\"}}", "notes");
        assertRefused("{\"extra\":\"\\u0000\"}", "extra");
        assertRefused("{\"extra\":{\"deep\":[\"\\u0000\"]}}", "extra");
        assertRefused("{\"children\":[{\"firstName\":\"L\\u0000a\"}]}", "children[0].firstName");
    }

    @Test
    void other_c0_controls_and_unpaired_surrogates_are_refused() {
        assertRefused("{\"title\":\"bell\\u0007\"}", "title");
        assertRefused("{\"title\":\"esc\\u001b\"}", "title");
        assertRefused("{\"title\":\"\\ud800\"}", "title");
        assertRefused("{\"title\":\"x\\udc00y\"}", "title");
        assertRefused("{\"title\":\"\\ud800\\ud800\\udc00\"}", "title");
        assertRefused("{\"title\":\"end\\ud83d\"}", "title");
    }

    @Test
    void tab_line_feed_carriage_return_and_paired_surrogates_are_accepted() {
        Body body = json.readValue("{\"title\":\"a\\tb\\nc\\rd \\ud83d\\ude00 é\"}", Body.class);
        assertThat(body.title()).isEqualTo("a\tb\nc\rd \uD83D\uDE00 é");
        assertThat(json.readValue("{\"extra\":{\"deep\":[\"ok\",{\"k\":1}]},\"notes\":{\"k\":\"v\"}}", Body.class)
                .extra()).isEqualTo(Map.of("deep", List.of("ok", Map.of("k", 1))));
    }

    @Test
    void instants_outside_1970_to_9999_are_refused() {
        assertRefused("{\"deadline\":\"1969-12-31T23:59:59Z\"}", "deadline");
        assertRefused("{\"deadline\":\"+10000-01-01T00:00:00Z\"}", "deadline");
        assertRefused("{\"deadline\":\"-999999999-01-01T00:00:00Z\"}", "deadline");
        assertThat(json.readValue("{\"deadline\":\"9999-12-31T23:59:59Z\"}", Body.class).deadline())
                .isEqualTo(InstantRange.LATEST);
        assertThat(json.readValue("{\"deadline\":\"1970-01-01T00:00:00Z\"}", Body.class).deadline())
                .isEqualTo(Instant.EPOCH);
    }

    @Test
    void lists_arrays_and_maps_hold_at_most_a_thousand_elements() {
        int max = RequestInputModule.MAX_ELEMENTS;
        assertThat(json.readValue("{\"tags\":[" + "\"t\",".repeat(max - 1) + "\"t\"]}", Body.class).tags()).hasSize(max);
        assertRefused("{\"tags\":[" + "\"t\",".repeat(max) + "\"t\"]}", "tags");
        assertRefused("{\"labels\":[" + "\"t\",".repeat(max) + "\"t\"]}", "labels");
        assertRefused("{\"children\":[" + "{},".repeat(max) + "{}]}", "children");
        StringBuilder notes = new StringBuilder("{\"notes\":{");
        for (int i = 0; i <= max; i++) {
            notes.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        assertRefused(notes.append("}}").toString(), "notes");
    }

    private void assertRefused(String body, String path) {
        assertThatThrownBy(() -> json.readValue(body, Body.class))
                .isInstanceOf(DatabindException.class)
                .satisfies(e -> assertThat(pathOf((DatabindException) e)).isEqualTo(path))
                .hasMessageContaining("must");
    }

    private static String pathOf(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

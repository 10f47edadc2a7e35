package org.schoolhub.service.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies from a schema: a valid one (with the fixture's ids where a field names one), and
 * that body with one field at a time replaced by raw JSON text of the wrong type, with control
 * characters or lone surrogates, huge, deep or out of range. Raw text is spliced in after
 * serialising, so escapes such as "\ud800" travel exactly as a hostile client writes them.
 */
final class BodyCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw-json@@";

    /** String contents (escapes as written in JSON) that the text rules refuse. */
    static final List<String> REFUSED_TEXT = List.of("a\\u0000", "\\u0000", "\\u0007bell", "\\u001b[2J", "\\u007f\\u0001",
            "\\ud800", "\\udfff", "x\\ud83d", "\\ude00x", "\\u0000".repeat(500));

    private final Fixture fixture;

    BodyCases(Fixture fixture) {
        this.fixture = fixture;
    }

    /** A body the operation would accept, as far as the schema and the fixture tell. */
    JsonNode valid(JsonNode schema, String name) {
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        JsonNode hint = fixture.valueFor(name);
        if (hint != null) {
            return hint;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), valid(property.getValue(), property.getKey()));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(valid(schema.path("items"), name));
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(0);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (format) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date-time" -> NODES.stringNode(Instant.now().plus(Duration.ofDays(30)).toString());
                case "email" -> NODES.stringNode("fuzz-" + UUID.randomUUID() + "@example.org");
                default -> NODES.stringNode("fuzz" + "z".repeat(Math.max(0, schema.path("minLength").asInt(0) - 4)));
            };
        };
    }

    /** Each field of the valid body, at any depth, in turn replaced by each hostile value for its type. */
    List<FuzzRequest> fieldCases(String method, String target, JsonNode schema) {
        List<FuzzRequest> cases = new ArrayList<>();
        fields(schema, valid(schema, ""), List.of(), (path, fieldSchema, required) -> {
            for (Hostile hostile : hostileValues(fieldSchema, required)) {
                ObjectNode body = (ObjectNode) valid(schema, "");
                set(body, path, NODES.stringNode(RAW));
                cases.add(FuzzRequest.of(String.join(".", path.stream().map(String::valueOf).toList()) + " " + hostile.name,
                        method, target, splice(body, hostile.json), hostile.expected));
            }
        });
        return cases;
    }

    /** The body as a whole: not JSON, not an object, too deep, too wide, or with a field nobody knows. */
    List<FuzzRequest> wholeBodyCases(String method, String target, JsonNode schema, boolean required) {
        List<FuzzRequest> cases = new ArrayList<>();
        List<String> raws = new ArrayList<>(List.of("{", "{\"a\":}", "[]", "42", "\"text\"", "{}}", "nul",
                "[".repeat(100_000) + "]".repeat(100_000), "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
                "[" + "1,".repeat(300_000) + "1]"));
        if (required) {
            raws.addAll(List.of("", "null"));
        }
        for (String raw : raws) {
            cases.add(FuzzRequest.of("body " + raw.substring(0, Math.min(12, raw.length())), method, target,
                    raw.getBytes(StandardCharsets.UTF_8), 0));
        }
        ObjectNode unknown = (ObjectNode) valid(schema, "");
        unknown.put("fuzzUnknownField", 1);
        cases.add(FuzzRequest.of("unknown field", method, target, JSON.writeValueAsBytes(unknown), 400));
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        cases.add(FuzzRequest.of("invalid UTF-8", method, target, invalidUtf8, 400));
        byte[] rawNul = {'{', '"', 'a', '"', ':', '"', 0, '"', '}'};
        cases.add(FuzzRequest.of("unescaped NUL", method, target, rawNul, 400));
        return cases;
    }

    byte[] validBytes(JsonNode schema) {
        return JSON.writeValueAsBytes(valid(schema, ""));
    }

    private record Hostile(String name, String json, int expected) {
    }

    private static List<Hostile> hostileValues(JsonNode schema, boolean required) {
        List<Hostile> values = new ArrayList<>();
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        if (required) {
            values.add(new Hostile("null", "null", 0));
        }
        switch (type) {
            case "string" -> {
                for (String text : REFUSED_TEXT) {
                    values.add(new Hostile("text " + text.substring(0, Math.min(12, text.length())), "\"" + text + "\"", 400));
                }
                values.addAll(List.of(new Hostile("number", "123", 400), new Hostile("boolean", "true", 400),
                        new Hostile("object", "{}", 0), new Hostile("array", "[\"a\"]", 0),
                        new Hostile("huge", "\"" + "x".repeat(300_000) + "\"", 0),
                        new Hostile("huge accented", "\"" + "é".repeat(200_000) + "\"", 0)));
                if (format.equals("date-time")) {
                    for (String instant : List.of("tomorrow", "2026-13-01T00:00:00Z", "+10000-01-01T00:00:00Z",
                            "-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z")) {
                        values.add(new Hostile("instant " + instant, "\"" + instant + "\"", 400));
                    }
                    values.add(new Hostile("instant as huge number", "253402300800000", 400));
                    values.add(new Hostile("instant as negative number", "-1", 400));
                }
                if (format.equals("uuid")) {
                    values.add(new Hostile("not a uuid", "\"00000000-0000-0000-0000-00000000000g\"", 400));
                }
            }
            case "integer", "number" -> values.addAll(List.of(new Hostile("text", "\"12\"", 400),
                    new Hostile("fraction", "1.5", 0), new Hostile("boolean", "true", 400), new Hostile("object", "{}", 400),
                    new Hostile("array", "[1]", 400), new Hostile("1e400", "1e400", 400), new Hostile("-1e400", "-1e400", 400),
                    new Hostile("past long", "9223372036854775808", 400), new Hostile("below long", "-9223372036854775809", 400),
                    new Hostile("long literal", "9".repeat(5_000), 400), new Hostile("NaN", "NaN", 400),
                    new Hostile("below minimum", String.valueOf(schema.path("minimum").asLong(Long.MIN_VALUE + 1) - 1), 0),
                    new Hostile("above maximum", String.valueOf(schema.path("maximum").asLong(Long.MAX_VALUE - 1) + 1), 0)));
            case "boolean" -> values.addAll(List.of(new Hostile("text", "\"true\"", 400), new Hostile("number", "1", 400),
                    new Hostile("object", "{}", 400)));
            case "array" -> values.addAll(List.of(new Hostile("object", "{}", 400), new Hostile("text", "\"x\"", 400),
                    new Hostile("nulls", "[null]", 0), new Hostile("deep", "[".repeat(100_000) + "]".repeat(100_000), 400),
                    new Hostile("huge", "[" + "{},".repeat(200_000) + "{}]", 0)));
            default -> values.addAll(List.of(new Hostile("text", "\"x\"", 400), new Hostile("array", "[]", 400)));
        }
        return values;
    }

    private interface FieldVisitor {
        void visit(List<Object> path, JsonNode schema, boolean required);
    }

    private static void fields(JsonNode schema, JsonNode value, List<Object> at, FieldVisitor visitor) {
        JsonNode required = schema.path("required");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            JsonNode propertySchema = property.getValue();
            visitor.visit(path, propertySchema, contains(required, property.getKey()));
            JsonNode items = propertySchema.path("items");
            if (propertySchema.path("type").asString("").equals("array") && items.has("properties")) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                fields(items, value.path(property.getKey()).path(0), first, visitor);
            }
        }
    }

    private static boolean contains(JsonNode names, String name) {
        for (JsonNode n : names) {
            if (n.asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static byte[] splice(JsonNode body, String raw) {
        return JSON.writeValueAsString(body).replace("\"" + RAW + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }
}

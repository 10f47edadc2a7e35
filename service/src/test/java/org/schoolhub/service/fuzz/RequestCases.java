package org.schoolhub.service.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.schoolhub.service.fuzz.OpenApiOperations.Operation;
import org.schoolhub.service.fuzz.OpenApiOperations.Parameter;

/**
 * The requests sent to one operation: a seeded sample of hostile bodies, path variables and
 * query parameters, plus, always, the hostile framings (an Accept it cannot produce, a body of
 * the wrong media type, a chunked body over the limit, a parameter with a control character).
 */
final class RequestCases {

    /** The case of a chunked body over the limit sent to an operation that reads no body. */
    static final String BODY_NOT_READ = "chunked body where none is read";

    static final long OVER_THE_LIMIT = 3 * 1024 * 1024 / 2;

    private static final List<String> PATH_TOKENS = List.of("not-a-uuid", "%2f", "%2F", "%00", "a%00b", "%01",
            "%ED%A0%80", "%C0%AF", "%2e%2e", "%25", "-1", "00000000-0000-0000-0000-00000000000g", "x".repeat(5_000));
    private static final List<String> QUERY_TOKENS = List.of("abc", "-1", "0", "99999999999999999999", "1e400", "1.5",
            "%00", "%01", "%ED%A0%80", "", "%2B10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "tomorrow", "not-a-uuid", "x".repeat(3_000));

    private final Fixture fixture;
    private final BodyCases bodies;
    private final int sampled;

    RequestCases(Fixture fixture, int sampled) {
        this.fixture = fixture;
        this.bodies = new BodyCases(fixture);
        this.sampled = sampled;
    }

    List<FuzzRequest> of(Operation operation, Random random) {
        List<FuzzRequest> candidates = new ArrayList<>();
        String target = path(operation, Map.of()) + query(operation, Map.of());
        if (operation.body() != null) {
            candidates.addAll(bodies.fieldCases(operation.method(), target, operation.body()));
            candidates.addAll(bodies.wholeBodyCases(operation.method(), target, operation.body(), operation.bodyRequired()));
        }
        for (Parameter parameter : operation.in("path")) {
            for (String token : PATH_TOKENS) {
                candidates.add(withValidBody(operation, "path " + parameter.name() + "=" + shorten(token),
                        path(operation, Map.of(parameter.name(), token)) + query(operation, Map.of()), 0));
            }
            candidates.add(withValidBody(operation, "path " + parameter.name() + " unknown",
                    path(operation, Map.of(parameter.name(), UUID.randomUUID().toString())) + query(operation, Map.of()), 0));
        }
        for (Parameter parameter : operation.in("query")) {
            for (String token : QUERY_TOKENS) {
                candidates.add(withValidBody(operation, "query " + parameter.name() + "=" + shorten(token),
                        path(operation, Map.of()) + query(operation, Map.of(parameter.name(), token)), 0));
            }
        }
        Collections.shuffle(candidates, random);
        List<FuzzRequest> requests = new ArrayList<>(candidates.subList(0, Math.min(sampled, candidates.size())));
        requests.addAll(framings(operation, target));
        return requests;
    }

    private List<FuzzRequest> framings(Operation operation, String target) {
        List<FuzzRequest> framings = new ArrayList<>();
        framings.add(withValidBody(operation, "Accept: application/xml", target, 406)
                .withHeaders(headers(operation, "Accept", "application/xml")));
        framings.add(withValidBody(operation, "parameter with a control character",
                target + (target.contains("?") ? "&" : "?") + "note=%07", 400));
        if (operation.body() != null) {
            framings.add(withValidBody(operation, "Content-Type: text/plain", target, 415)
                    .withHeaders(Map.of("Content-Type", "text/plain")));
            framings.add(withValidBody(operation, "form body", target, 415)
                    .withHeaders(Map.of("Content-Type", "application/x-www-form-urlencoded")));
            framings.add(new FuzzRequest("chunked over the limit", operation.method(), target,
                    Map.of("Content-Type", "application/json"), null, OVER_THE_LIMIT, 413));
        } else {
            // nothing reads the body: unknown ids, so that an operation without one changes nothing
            String unknown = path(operation, unknownIds(operation)) + query(operation, Map.of());
            framings.add(new FuzzRequest(BODY_NOT_READ, operation.method(),
                    operation.writes() ? unknown : target, Map.of(), null, OVER_THE_LIMIT, 0));
        }
        return framings;
    }

    private FuzzRequest withValidBody(Operation operation, String case_, String target, int expected) {
        if (operation.body() == null) {
            return new FuzzRequest(case_, operation.method(), target, Map.of(), null, 0, expected);
        }
        return FuzzRequest.of(case_, operation.method(), target, bodies.validBytes(operation.body()), expected);
    }

    private static Map<String, String> headers(Operation operation, String name, String value) {
        return operation.body() == null ? Map.of(name, value) : Map.of(name, value, "Content-Type", "application/json");
    }

    private static Map<String, String> unknownIds(Operation operation) {
        Map<String, String> ids = new java.util.HashMap<>();
        operation.in("path").forEach(p -> ids.put(p.name(), UUID.randomUUID().toString()));
        return ids;
    }

    private String path(Operation operation, Map<String, String> replaced) {
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            String value = replaced.getOrDefault(parameter.name(), fixture.pathValue(parameter.name()));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private String query(Operation operation, Map<String, String> replaced) {
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.in("query")) {
            String value = replaced.get(parameter.name());
            if (value == null) {
                value = validQueryValue(parameter);
            }
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
            }
        }
        return query.toString();
    }

    private String validQueryValue(Parameter parameter) {
        if (parameter.schema().has("default")) {
            return null;
        }
        return switch (parameter.schema().path("format").asString("")) {
            case "uuid" -> fixture.pathValue(parameter.name());
            case "date-time" -> java.time.Instant.now().toString();
            default -> null;
        };
    }

    private static String shorten(String token) {
        return token.length() > 20 ? token.substring(0, 20) + "..." : token;
    }
}

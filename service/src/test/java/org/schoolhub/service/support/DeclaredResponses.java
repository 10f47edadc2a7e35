package org.schoolhub.service.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the served OpenAPI description says each operation answers: its statuses, and for each
 * problem status the codes it names (the keys of its examples). An answer the description does
 * not declare is a lie of the description, or a refusal its handler forgot to name.
 */
public final class DeclaredResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Integer, DeclaredResponses> BY_PORT = new ConcurrentHashMap<>();

    private final List<Declared> operations;

    private DeclaredResponses(List<Declared> operations) {
        this.operations = operations;
    }

    /** The description served on that port, read once per running service. */
    static DeclaredResponses servedOn(int port, ApiClient.Credentials who) {
        return BY_PORT.computeIfAbsent(port, p -> of(new ApiClient(p).get("/v3/api-docs", who).json()));
    }

    public static DeclaredResponses of(JsonNode document) {
        List<Declared> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                Map<String, Set<String>> responses = new java.util.HashMap<>();
                for (Map.Entry<String, JsonNode> response : method.getValue().path("responses").properties()) {
                    Set<String> codes = new HashSet<>();
                    response.getValue().path("content").path("application/problem+json").path("examples")
                            .propertyNames().forEach(codes::add);
                    responses.put(response.getKey(), codes);
                }
                operations.add(new Declared(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), responses));
            }
        }
        return new DeclaredResponses(operations);
    }

    /**
     * Why this answer is not declared, or empty when it is (or when no operation of the
     * description takes that request: the description cannot be wrong about it).
     */
    public Optional<String> undeclared(String method, String path, int status, String problemCode) {
        Optional<Declared> operation = operations.stream().filter(o -> o.method().equals(method) && o.matches(path))
                .min(Comparator.comparingInt(Declared::parameters));
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        Declared declared = operation.get();
        Set<String> codes = declared.responses().get(String.valueOf(status));
        if (codes == null) {
            return Optional.of(declared + " answered " + status + ", which its description does not declare");
        }
        if (problemCode != null && !codes.isEmpty() && !codes.contains(problemCode)) {
            return Optional.of(declared + " answered " + status + " " + problemCode
                    + ", a code its description does not name (add it to the handler's @Refusals)");
        }
        return Optional.empty();
    }

    /** One operation of the description. */
    record Declared(String method, String template, Map<String, Set<String>> responses) {

        boolean matches(String path) {
            return Pattern.matches(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"), path);
        }

        int parameters() {
            return template.split("\\{", -1).length - 1;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}

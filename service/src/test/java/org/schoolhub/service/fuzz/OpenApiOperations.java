package org.schoolhub.service.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The operations of an OpenAPI document, their parameters and JSON body schemas with every $ref resolved. */
final class OpenApiOperations {

    private OpenApiOperations() {
    }

    /** One operation: its method, path template, parameters, and body schema (null when it takes none). */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean bodyRequired) {

        boolean writes() {
            return !method.equals("GET");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path or query parameter. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    static List<Operation> of(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                            resolve(parameter.path("schema"), schemas, 0)));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        parameters, body.isMissingNode() ? null : resolve(body, schemas, 0),
                        operation.path("requestBody").path("required").asBoolean(false)));
            }
        }
        return operations;
    }

    /** A schema with its $ref (and those of its properties and items) replaced by what they name. */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > 10 || !schema.isObject()) {
            return schema;
        }
        JsonNode target = schema.has("$ref")
                ? schemas.path(schema.get("$ref").asString().substring("#/components/schemas/".length()))
                : schema;
        ObjectNode resolved = (ObjectNode) target.deepCopy();
        if (resolved.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            for (Map.Entry<String, JsonNode> property : target.get("properties").properties()) {
                properties.set(property.getKey(), resolve(property.getValue(), schemas, depth + 1));
            }
        }
        if (resolved.has("items")) {
            resolved.set("items", resolve(target.get("items"), schemas, depth + 1));
        }
        return resolved;
    }
}

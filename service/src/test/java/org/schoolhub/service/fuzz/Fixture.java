package org.schoolhub.service.fuzz;

import java.util.UUID;

import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the fuzzed requests point at, so that their ids pass and their bodies reach validation:
 * two families (one with a child), an open group order with a line, a transfer between them and
 * a rollback snapshot.
 */
record Fixture(UUID payer, UUID payee, UUID child, UUID order, UUID transfer, UUID snapshot, int nextStage) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A valid value for a path variable of this name. */
    String pathValue(String name) {
        return switch (name) {
            case "familyId" -> payer.toString();
            case "childId" -> child.toString();
            case "groupOrderId" -> order.toString();
            case "transferId" -> transfer.toString();
            case "snapshotId" -> snapshot.toString();
            default -> UUID.randomUUID().toString();
        };
    }

    /** A valid value for a body field of this name, or null when the schema alone can make one. */
    JsonNode valueFor(String field) {
        return switch (field) {
            case "transferId" -> NODES.stringNode(UUID.randomUUID().toString());
            case "from", "familyId" -> NODES.stringNode(payer.toString());
            case "to" -> NODES.stringNode(payee.toString());
            case "snapshotId" -> NODES.stringNode(snapshot.toString());
            case "password" -> NODES.stringNode(ApiTest.FAMILY_PASSWORD);
            case "birthYear" -> NODES.numberNode(2017);
            case "stage" -> NODES.numberNode(nextStage);
            // a rollback, should one ever get through, only plans
            case "dryRun" -> NODES.booleanNode(true);
            default -> null;
        };
    }
}

package org.schoolhub.operations.audit;

import tools.jackson.databind.JsonNode;

/** One entry of the raw event log (GET /api/admin/events), with the acting user from its metadata. */
record EventView(long position, String type, String aggregateId, String timestamp, String actor, JsonNode payload,
                 String aggregateType, long sequenceNumber, String eventId, JsonNode metadata) {
}

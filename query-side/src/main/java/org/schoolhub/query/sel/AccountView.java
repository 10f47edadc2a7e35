package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer of GET /api/sel/accounts/{familyId}; {@code at} only when a past instant was asked for. */
record AccountView(UUID familyId, long balance, long transferCount,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Instant at, long lowerLimit, long upperLimit) {
}

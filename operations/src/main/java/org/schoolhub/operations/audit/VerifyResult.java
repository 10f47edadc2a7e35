package org.schoolhub.operations.audit;

import java.util.List;
import java.util.UUID;

/** The answer of GET /api/admin/verify: what was recomputed from the raw events, and every difference. */
record VerifyResult(boolean consistent, long eventsChecked, long position, int accountsChecked, int familiesChecked,
                    long total, List<Mismatch> mismatches) {

    /** One difference between the events and a projection (or a broken rule); values as text. */
    record Mismatch(String kind, UUID familyId, String expected, String actual, String detail) {

        static Mismatch of(String kind, UUID familyId, Object expected, Object actual, String detail) {
            return new Mismatch(kind, familyId, expected == null ? null : String.valueOf(expected),
                    actual == null ? null : String.valueOf(actual), detail);
        }
    }
}

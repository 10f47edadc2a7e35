package org.schoolhub.service.fuzz;

import java.util.Map;

/**
 * One generated request: what is sent, why, and what answer it must get.
 *
 * @param target        path and query, percent-encoded as sent
 * @param body          the body's bytes, or null for none
 * @param chunkedBytes  when above 0, a chunked body of this many bytes instead of {@code body}
 * @param expected      the one status it must get, or 0 for "refused" (any 4xx; for a read, any status but 5xx)
 */
record FuzzRequest(String case_, String method, String target, Map<String, String> headers, byte[] body,
                   long chunkedBytes, int expected) {

    static FuzzRequest of(String case_, String method, String target, byte[] body, int expected) {
        return new FuzzRequest(case_, method, target, body == null ? Map.of() : Map.of("Content-Type",
                "application/json"), body, 0, expected);
    }

    FuzzRequest withHeaders(Map<String, String> replaced) {
        return new FuzzRequest(case_, method, target, replaced, body, chunkedBytes, expected);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160),
                java.nio.charset.StandardCharsets.UTF_8);
        return case_ + ": " + method + " " + (target.length() > 160 ? target.substring(0, 160) + "..." : target)
                + " " + headers + " " + shown + (chunkedBytes > 0 ? " [chunked " + chunkedBytes + " bytes]" : "");
    }
}

package org.schoolhub.service.web;

import java.util.HashMap;
import java.util.Map;

/**
 * How many bytes a request body may have: one limit for every path, and a larger one for the
 * few paths named here (an upload of a file). Counted as the body streams in, so a body
 * without a Content-Length (chunked) is held to it too.
 */
final class BodyLimits {

    static final long MIB = 1024 * 1024;

    private final long standard;
    private final Map<String, Long> byPath;

    private BodyLimits(long standard, Map<String, Long> byPath) {
        this.standard = standard;
        this.byPath = Map.copyOf(byPath);
    }

    static BodyLimits of(long standard) {
        return new BodyLimits(standard, Map.of());
    }

    /** The same limits, with {@code path} (exactly, as requested) allowed {@code bytes}. */
    BodyLimits allowing(String path, long bytes) {
        Map<String, Long> wider = new HashMap<>(byPath);
        wider.put(path, bytes);
        return new BodyLimits(standard, wider);
    }

    long limitFor(String path) {
        return byPath.getOrDefault(path, standard);
    }
}

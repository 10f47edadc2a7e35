package org.schoolhub.query.support;

import java.util.List;

/**
 * The reset context of a replay: which projections it rebuilds. Axon keeps it in the replay
 * token (so it survives a restart mid-replay) and hands it to the reset handlers.
 */
public record ReplayScope(List<String> projections) {

    public ReplayScope {
        projections = List.copyOf(projections);
    }

    public boolean includes(String projection) {
        return projections.contains(projection);
    }
}
